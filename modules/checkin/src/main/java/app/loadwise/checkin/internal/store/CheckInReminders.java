package app.loadwise.checkin.internal.store;

import app.loadwise.domain.common.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Athletes' reminder settings (address, on or off) and the reminders sent: one row per athlete and local day, claimed
 * before the mail goes out, so that a restart or a second instance never sends a day's reminder twice.
 */
@ApplicationScoped
public class CheckInReminders {

    private static final InstantConverter INSTANTS = new InstantConverter();

    /** An athlete's reminder setting. */
    public record Setting(long athleteId, String email, boolean enabled, Instant updatedAt, Instant unsubscribedAt) {
    }

    /** An athlete who wants reminders, with the club's time zone and the athlete's own (null when none). */
    public record Recipient(long athleteId, long clubId, String name, String email, String clubName, String clubZone,
                            String athleteZone) {
    }

    /** A day's reminder found by one of its tokens. */
    public record Sent(long athleteId, LocalDate date, Instant expiresAt) {
    }

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected CheckInReminders() {
    }

    public CheckInReminders(EntityManager em) {
        this.em = em;
    }

    public Optional<Setting> setting(long athleteId) {
        return em.createNativeQuery("SELECT athlete_id, email, enabled, updated_at, unsubscribed_at FROM check_in_reminder "
                        + "WHERE athlete_id = ?1").setParameter(1, athleteId).getResultList().stream().findFirst()
                .map(CheckInReminders::setting);
    }

    /** The settings of the club's athletes that have one. */
    public List<Setting> settingsOfClub(long clubId) {
        List<?> rows = em.createNativeQuery("SELECT r.athlete_id, r.email, r.enabled, r.updated_at, r.unsubscribed_at "
                + "FROM check_in_reminder r JOIN athlete a ON a.id = r.athlete_id WHERE a.club_id = ?1 ORDER BY r.athlete_id")
                .setParameter(1, clubId).getResultList();
        return rows.stream().map(CheckInReminders::setting).toList();
    }

    private static Setting setting(Object row) {
        Object[] r = (Object[]) row;
        return new Setting(((Number) r[0]).longValue(), (String) r[1], Boolean.TRUE.equals(r[2]) || r[2] instanceof Number n && n.intValue() != 0,
                InstantConverter.fromColumn(r[3]), InstantConverter.fromColumn(r[4]));
    }

    /** Sets the athlete's address and whether reminders go out; switching them on clears an earlier unsubscribe. */
    public void save(long athleteId, String email, boolean enabled, Instant now) {
        Object at = INSTANTS.convertToDatabaseColumn(now);
        int updated = em.createNativeQuery("UPDATE check_in_reminder SET email = ?2, enabled = ?3, updated_at = ?4"
                        + (enabled ? ", unsubscribed_at = NULL" : "") + " WHERE athlete_id = ?1")
                .setParameter(1, athleteId).setParameter(2, email).setParameter(3, enabled).setParameter(4, at).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO check_in_reminder (athlete_id, email, enabled, updated_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, athleteId).setParameter(2, email).setParameter(3, enabled).setParameter(4, at).executeUpdate();
        }
    }

    public void delete(long athleteId) {
        em.createNativeQuery("DELETE FROM check_in_reminder WHERE athlete_id = ?1").setParameter(1, athleteId).executeUpdate();
    }

    /** Active athletes whose reminders are on. */
    public List<Recipient> recipients() {
        List<?> rows = em.createNativeQuery("SELECT a.id, a.club_id, a.name, r.email, c.name, c.time_zone, a.time_zone "
                + "FROM check_in_reminder r JOIN athlete a ON a.id = r.athlete_id JOIN club c ON c.id = a.club_id "
                + "WHERE r.enabled = TRUE AND a.active = TRUE ORDER BY a.id").getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Recipient(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6]);
        }).toList();
    }

    /**
     * Claims the athlete's reminder of the day, with the hashes of its unsubscribe and check-in tokens. False when the
     * day was claimed before (here or on another instance): the unique key (athlete, day) decides.
     */
    public boolean claim(long athleteId, LocalDate day, String unsubscribeHash, String tokenHash, Instant now, Instant expiresAt) {
        int inserted = em.createNativeQuery("INSERT INTO check_in_reminder_sent (athlete_id, local_date, claimed_at, "
                        + "unsubscribe_hash, token_hash, expires_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS "
                        + "(SELECT 1 FROM check_in_reminder_sent WHERE athlete_id = ?1 AND local_date = ?2)")
                .setParameter(1, athleteId).setParameter(2, Date.valueOf(day)).setParameter(3, INSTANTS.convertToDatabaseColumn(now))
                .setParameter(4, unsubscribeHash).setParameter(5, tokenHash).setParameter(6, INSTANTS.convertToDatabaseColumn(expiresAt))
                .executeUpdate();
        return inserted == 1;
    }

    /** Notes how the send of a claimed reminder went: sent, or the error. */
    public void sent(long athleteId, LocalDate day, Instant sentAt, String error) {
        em.createNativeQuery("UPDATE check_in_reminder_sent SET sent_at = ?3, error = ?4 WHERE athlete_id = ?1 AND local_date = ?2")
                .setParameter(1, athleteId).setParameter(2, Date.valueOf(day))
                .setParameter(3, sentAt == null ? null : INSTANTS.convertToDatabaseColumn(sentAt))
                .setParameter(4, error == null ? null : error.substring(0, Math.min(500, error.length()))).executeUpdate();
    }

    /** The reminder whose unsubscribe token has this hash. */
    public Optional<Sent> byUnsubscribeHash(String hash) {
        return sentWhere("unsubscribe_hash", hash);
    }

    /** The reminder whose check-in token has this hash. */
    public Optional<Sent> byTokenHash(String hash) {
        return sentWhere("token_hash", hash);
    }

    private Optional<Sent> sentWhere(String column, String hash) {
        return em.createNativeQuery("SELECT athlete_id, local_date, expires_at FROM check_in_reminder_sent WHERE " + column + " = ?1")
                .setParameter(1, hash).getResultList().stream().findFirst().map(row -> {
                    Object[] r = (Object[]) row;
                    LocalDate date = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
                    return new Sent(((Number) r[0]).longValue(), date, InstantConverter.fromColumn(r[2]));
                });
    }

    /** Switches the athlete's reminders off, as the unsubscribe link does. */
    public void unsubscribe(long athleteId, Instant now) {
        em.createNativeQuery("UPDATE check_in_reminder SET enabled = FALSE, unsubscribed_at = ?2 WHERE athlete_id = ?1")
                .setParameter(1, athleteId).setParameter(2, INSTANTS.convertToDatabaseColumn(now)).executeUpdate();
    }
}
