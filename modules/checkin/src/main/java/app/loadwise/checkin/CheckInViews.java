package app.loadwise.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the check-in endpoints answer. */
public final class CheckInViews {

    private CheckInViews() {
    }

    /**
     * A check-in link as a coach sees it. {@code state} is {@code active}, {@code expired}, {@code revoked} or
     * {@code none} (never issued); the token itself is never shown again.
     */
    public record CheckInLinkView(long athleteId, String athleteName, String state, Instant issuedAt, String issuedBy,
                           Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String reminderEmail,
                           boolean reminders) {
    }

    /** A newly issued link: its token and full URL, shown this once. */
    public record IssuedCheckInLink(String token, String url, CheckInLinkView link) {
    }

    /** The club's athletes with their links, by name. */
    public record CheckInLinkList(long clubId, int linkDays, List<CheckInLinkView> items) {
    }

    /** An athlete's reminder setting. */
    public record CheckInReminderView(long athleteId, String email, boolean enabled, Instant updatedAt, Instant unsubscribedAt) {
    }

    /** One day's own check-in answers, as the athlete gave them. */
    public record CheckInDay(LocalDate date, Double sleepHours, Integer sleepQuality, Integer fatigue, Integer soreness,
                             Integer stress, Integer mood, Integer restingHr, Double hrvMs, Integer painScore,
                             String painLocation, String painKind, String note) {
    }

    /**
     * The check-in page: the athlete's first name and club, today's date in their time zone, today's own answers (to
     * correct), whether a coach had already recorded today, and the athlete's own check-ins of the last 7 days. After
     * a save, {@code saved} says what happened ({@code created}, {@code corrected}, {@code added} to a coach's entry)
     * and {@code kept} names the answers a coach's values were kept over.
     */
    public record CheckInPage(String firstName, String clubName, LocalDate today, String timeZone, CheckInDay answers,
                              boolean recordedByCoach, List<CheckInDay> days, Instant linkExpiresAt, String saved,
                              List<String> kept) {
    }
}
