package app.loadwise.recovery;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.club.ClubRuleSettings;
import app.loadwise.domain.club.ClubRuleSettingsRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.internal.RuleSettingsDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Reads and changes a club's coaching-rule settings; the next scoring run uses them. */
@ApplicationScoped
@Transactional
public class ClubRuleSettingsService {

    @Inject
    ClubRepository clubs;

    @Inject
    ClubRuleSettingsRepository settings;

    @Inject
    Clock clock;

    public ClubRuleSettingsView get(long clubId) {
        clubs.get(clubId);
        return settings.find(clubId)
                .map(s -> new ClubRuleSettingsView(clubId, true, s.updatedAt(), RuleSettingsDocuments.read(s.settings())))
                .orElseGet(() -> new ClubRuleSettingsView(clubId, false, null, RuleSettings.defaults()));
    }

    /** Replaces the club's settings with a complete, valid document (read one with GET, change it, send it back). */
    public ClubRuleSettingsView replace(long clubId, RuleSettings newSettings) {
        clubs.get(clubId);
        InvalidValueException.require(newSettings != null, "settings", "a complete rule settings document is required");
        String document = RuleSettingsDocuments.write(newSettings);
        RuleSettingsDocuments.read(document);
        ClubRuleSettings stored = settings.find(clubId)
                .map(existing -> {
                    existing.replace(document, clock.instant());
                    return existing;
                })
                .orElseGet(() -> new ClubRuleSettings(clubId, document, clock.instant()));
        ClubRuleSettings saved = settings.store(stored);
        return new ClubRuleSettingsView(clubId, true, saved.updatedAt(), newSettings);
    }

    /** Goes back to the defaults. */
    public ClubRuleSettingsView reset(long clubId) {
        clubs.get(clubId);
        settings.remove(clubId);
        return new ClubRuleSettingsView(clubId, false, null, RuleSettings.defaults());
    }
}
