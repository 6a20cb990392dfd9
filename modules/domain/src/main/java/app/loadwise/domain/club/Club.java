package app.loadwise.domain.club;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** A running club. Its time zone decides which local day a session belongs to; its locale how dates and decimals are read. */
@Entity
@Table(name = "club")
public class Club {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_seq")
    @SequenceGenerator(name = "club_seq", sequenceName = "club_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_day_of_week", nullable = false, length = 16)
    private DayOfWeek firstDayOfWeek;

    @Column(name = "locale", nullable = false, length = 35)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Club() {
    }

    public Club(String name, ZoneId timeZone, DayOfWeek firstDayOfWeek, Locale locale, Instant createdAt) {
        rename(name);
        changeTimeZone(timeZone);
        changeFirstDayOfWeek(firstDayOfWeek);
        changeLocale(locale);
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    public void rename(String newName) {
        InvalidValueException.require(newName != null && !newName.isBlank(), "name", "name is required");
        InvalidValueException.require(newName.strip().length() <= 200, "name", "name must be at most 200 characters");
        this.name = newName.strip();
    }

    public void changeTimeZone(ZoneId zone) {
        InvalidValueException.require(zone != null, "timeZone", "time zone is required, e.g. Europe/Berlin");
        this.timeZone = zone.getId();
    }

    public void changeFirstDayOfWeek(DayOfWeek day) {
        this.firstDayOfWeek = day == null ? DayOfWeek.MONDAY : day;
    }

    public void changeLocale(Locale newLocale) {
        InvalidValueException.require(newLocale != null && !newLocale.toLanguageTag().equals("und"), "locale",
                "locale is required, e.g. en-GB or de-DE");
        this.locale = newLocale.toLanguageTag();
    }

    public static ZoneId parseTimeZone(String text) {
        InvalidValueException.require(text != null && !text.isBlank(), "timeZone", "time zone is required, e.g. Europe/Berlin");
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "unknown time zone '" + text + "'; use an IANA name such as Europe/Berlin");
        }
    }

    public static Locale parseLocale(String text) {
        InvalidValueException.require(text != null && !text.isBlank(), "locale", "locale is required, e.g. en-GB or de-DE");
        try {
            return new Locale.Builder().setLanguageTag(text.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException("locale", "'" + text + "' is not a language tag such as en-GB or de-DE");
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public DayOfWeek firstDayOfWeek() {
        return firstDayOfWeek;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
