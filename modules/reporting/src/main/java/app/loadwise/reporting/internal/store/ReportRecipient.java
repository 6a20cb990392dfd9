package app.loadwise.reporting.internal.store;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** Someone at a club who receives the weekly report by email. One entry per club and address. */
@Entity
@Table(name = "report_recipient")
public class ReportRecipient {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_recipient_seq")
    @SequenceGenerator(name = "report_recipient_seq", sequenceName = "report_recipient_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(length = 200)
    private String name;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ReportRecipient() {
    }

    public ReportRecipient(long clubId, String email, String name, Instant addedAt) {
        this.clubId = clubId;
        this.email = normalize(email);
        InvalidValueException.require(name == null || name.strip().length() <= 200, "name", "name must be at most 200 characters");
        this.name = name == null || name.isBlank() ? null : name.strip();
        this.addedAt = addedAt;
    }

    /** The address as stored: trimmed and lower-case. Rejects anything that is not one plain address. */
    public static String normalize(String email) {
        InvalidValueException.require(email != null && !email.isBlank(), "email", "email is required");
        String address = email.strip().toLowerCase(Locale.ROOT);
        InvalidValueException.require(address.length() <= 254 && ADDRESS.matcher(address).matches(), "email",
                "email must be one address such as coach@example.org, got '" + email.strip() + "'");
        return address;
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
