package app.loadwise.domain.club;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A club's own coaching-rule settings, kept as the JSON document the recovery module reads and writes. */
@Entity
@Table(name = "club_rule_settings")
public class ClubRuleSettings {

    public static final int MAX_LENGTH = 20_000;

    @Id
    @Column(name = "club_id")
    private Long clubId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String settings;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ClubRuleSettings() {
    }

    public ClubRuleSettings(long clubId, String settings, Instant at) {
        this.clubId = clubId;
        replace(settings, at);
    }

    public void replace(String newSettings, Instant at) {
        InvalidValueException.require(newSettings != null && !newSettings.isBlank(), "settings", "settings are required");
        InvalidValueException.require(newSettings.length() <= MAX_LENGTH, "settings",
                "settings must be at most " + MAX_LENGTH + " characters");
        this.settings = newSettings;
        this.updatedAt = at;
    }

    public long clubId() {
        return clubId;
    }

    public String settings() {
        return settings;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
