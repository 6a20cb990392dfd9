package app.loadwise.checkin;

import app.loadwise.checkin.CheckInViews.CheckInDay;
import app.loadwise.checkin.CheckInViews.CheckInLinkList;
import app.loadwise.checkin.CheckInViews.CheckInLinkView;
import app.loadwise.checkin.CheckInViews.CheckInPage;
import app.loadwise.checkin.CheckInViews.CheckInReminderView;
import app.loadwise.checkin.CheckInViews.IssuedCheckInLink;
import app.loadwise.checkin.internal.AthleteNames;
import app.loadwise.checkin.internal.CheckInDays;
import app.loadwise.checkin.internal.CheckInTokens;
import app.loadwise.checkin.internal.store.CheckInLink;
import app.loadwise.checkin.internal.store.CheckInLinkRepository;
import app.loadwise.checkin.internal.store.CheckInReminders;
import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.training.CheckInPain;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Check-in links and check-ins. A coach issues an athlete's link (the token shown once, any earlier link revoked),
 * revokes it, and sees each athlete's link; the athlete, with the token alone, sees their first name, club and own
 * last 7 days, and answers today. The day's wellness entry takes the answers by this rule: no entry yet, the
 * check-in makes it; the athlete's own entry of today, the check-in corrects it; an entry a coach or an import made
 * (or a check-in a coach has changed since), the check-in only adds what it lacks and keeps every recorded value.
 */
@ApplicationScoped
@Transactional
public class CheckIns {

    /** Why a token opens no check-in. */
    public enum Refusal {
        UNKNOWN, EXPIRED, REVOKED
    }

    /** A token that opens no check-in, and why. */
    public static class LinkRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        LinkRefused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** The athlete a token opens, and when it stops working. */
    record Opened(long athleteId, Instant expiresAt) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    CheckInLinkRepository links;

    @Inject
    CheckInReminders reminders;

    @Inject
    AthleteRepository athletes;

    @Inject
    ClubRepository clubs;

    @Inject
    WellnessRepository wellness;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.checkin.link-days", defaultValue = "180")
    int linkDays;

    @PostConstruct
    void check() {
        if (linkDays < 1 || linkDays > 3650) {
            throw new IllegalStateException("loadwise.checkin.link-days must be between 1 and 3650, got " + linkDays);
        }
    }

    // ---------------------------------------------------------------- coaches

    /** Issues the athlete a new link; every earlier link of theirs stops working. */
    public IssuedCheckInLink issue(long athleteId, String issuedBy, String baseUrl) {
        Athlete athlete = athletes.get(athleteId);
        Instant now = clock.instant();
        links.unrevokedOf(athleteId).forEach(link -> link.revoke(now));
        String token = CheckInTokens.newToken();
        CheckInLink link = links.store(new CheckInLink(athleteId, CheckInTokens.hash(token), issuedBy, now,
                now.plus(Duration.ofDays(linkDays))));
        return new IssuedCheckInLink(token, url(baseUrl, token), view(athlete, Optional.of(link), reminders.setting(athleteId), now));
    }

    /** The address of the check-in page of a token. */
    static String url(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/check-in/" + token;
    }

    /** Revokes the athlete's link; 404 when no link was ever issued, nothing changes when it is revoked already. */
    public void revoke(long athleteId) {
        athletes.get(athleteId);
        Instant now = clock.instant();
        if (links.latestOf(athleteId).isEmpty()) {
            throw new NotFoundException("check-in link", "of athlete " + athleteId);
        }
        links.unrevokedOf(athleteId).forEach(link -> link.revoke(now));
    }

    public CheckInLinkView link(long athleteId) {
        Athlete athlete = athletes.get(athleteId);
        return view(athlete, links.latestOf(athleteId), reminders.setting(athleteId), clock.instant());
    }

    /** Every athlete of the club (active ones; inactive ones with a link too), by name, with their link. */
    public CheckInLinkList ofClub(long clubId) {
        clubs.get(clubId);
        Instant now = clock.instant();
        Map<Long, CheckInLink> latest = new HashMap<>();
        links.latestOfClub(clubId).forEach(link -> latest.merge(link.athleteId(), link,
                (a, b) -> a.id() > b.id() ? a : b));
        Map<Long, CheckInReminders.Setting> settings = new HashMap<>();
        reminders.settingsOfClub(clubId).forEach(s -> settings.put(s.athleteId(), s));
        List<CheckInLinkView> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Athlete> some = athletes.ofClub(clubId, null, new PageRequest(page, PageRequest.MAX_SIZE)).items();
            for (Athlete athlete : some) {
                CheckInLink link = latest.get(athlete.id());
                if (athlete.isActive() || link != null) {
                    items.add(view(athlete, Optional.ofNullable(link), Optional.ofNullable(settings.get(athlete.id())), now));
                }
            }
            if (some.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        items.sort(Comparator.comparing(CheckInLinkView::athleteName, String.CASE_INSENSITIVE_ORDER).thenComparing(CheckInLinkView::athleteId));
        return new CheckInLinkList(clubId, linkDays, items);
    }

    private static CheckInLinkView view(Athlete athlete, Optional<CheckInLink> link, Optional<CheckInReminders.Setting> reminder, Instant now) {
        String email = reminder.map(CheckInReminders.Setting::email).orElse(null);
        boolean on = reminder.map(CheckInReminders.Setting::enabled).orElse(false);
        if (link.isEmpty()) {
            return new CheckInLinkView(athlete.id(), athlete.name(), "none", null, null, null, null, null, email, on);
        }
        CheckInLink l = link.get();
        String state = l.revokedAt() != null ? "revoked" : l.worksAt(now) ? "active" : "expired";
        return new CheckInLinkView(athlete.id(), athlete.name(), state, l.issuedAt(), l.issuedBy(), l.expiresAt(), l.revokedAt(),
                l.lastUsedAt(), email, on);
    }

    /** Sets the athlete's reminder address and whether the daily reminder goes out. */
    public CheckInReminderView saveReminder(long athleteId, String email, Boolean enabled) {
        athletes.get(athleteId);
        String address = email == null ? null : email.strip();
        InvalidValueException.require(address != null && !address.isEmpty(), "email", "email is required");
        InvalidValueException.require(address.length() <= 254 && EMAIL.matcher(address).matches(), "email",
                "'" + address + "' is not an email address (name@example.org)");
        reminders.save(athleteId, address, enabled == null || enabled, clock.instant());
        return reminder(athleteId);
    }

    public CheckInReminderView reminder(long athleteId) {
        athletes.get(athleteId);
        return reminders.setting(athleteId)
                .map(s -> new CheckInReminderView(athleteId, s.email(), s.enabled(), s.updatedAt(), s.unsubscribedAt()))
                .orElseThrow(() -> new NotFoundException("check-in reminder", "of athlete " + athleteId));
    }

    public void deleteReminder(long athleteId) {
        athletes.get(athleteId);
        reminders.delete(athleteId);
    }

    // ---------------------------------------------------------------- athletes, with the token alone

    /** The page a token opens. */
    public CheckInPage page(String token) {
        Opened opened = open(token);
        return page(opened, null, List.of());
    }

    /** Saves today's answers (see the class comment for how they meet an entry a coach made) and answers the page. */
    public CheckInPage answer(String token, CheckInRequest request) {
        Opened opened = open(token);
        Athlete athlete = athletes.get(opened.athleteId());
        Instant now = clock.instant();
        LocalDate today = CheckInDays.today(now, zone(athlete));
        CheckInAnswers.Checked checked = CheckInAnswers.check(request, today);
        Optional<WellnessEntry> existing = wellness.on(athlete.id(), today);
        String saved;
        List<String> kept = List.of();
        if (existing.isEmpty()) {
            wellness.store(WellnessEntry.checkedIn(athlete.id(), checked.details(), checked.pain(), now));
            saved = "created";
        } else if (existing.get().isCheckIn()) {
            existing.get().correctCheckIn(checked.details(), checked.pain(), now);
            wellness.store(existing.get());
            saved = "corrected";
        } else {
            kept = existing.get().fillFromCheckIn(checked.details(), checked.pain(), now);
            wellness.store(existing.get());
            saved = "added";
        }
        return page(opened, saved, kept);
    }

    /** The athlete a token opens: a check-in link that works, or a reminder's token of the day; else why not. */
    Opened open(String token) {
        if (!CheckInTokens.wellFormed(token)) {
            throw new LinkRefused(Refusal.UNKNOWN);
        }
        String hash = CheckInTokens.hash(token);
        Instant now = clock.instant();
        Optional<CheckInLink> link = links.byTokenHash(hash);
        if (link.isPresent()) {
            CheckInLink l = link.get();
            if (l.revokedAt() != null) {
                throw new LinkRefused(Refusal.REVOKED);
            }
            if (!l.worksAt(now)) {
                throw new LinkRefused(Refusal.EXPIRED);
            }
            links.touch(l.id(), now);
            return new Opened(l.athleteId(), l.expiresAt());
        }
        Optional<CheckInReminders.Sent> reminder = reminders.byTokenHash(hash);
        if (reminder.isPresent()) {
            if (!now.isBefore(reminder.get().expiresAt())) {
                throw new LinkRefused(Refusal.EXPIRED);
            }
            return new Opened(reminder.get().athleteId(), reminder.get().expiresAt());
        }
        throw new LinkRefused(Refusal.UNKNOWN);
    }

    private CheckInPage page(Opened opened, String saved, List<String> kept) {
        Athlete athlete = athletes.get(opened.athleteId());
        Club club = clubs.get(athlete.clubId());
        ZoneId zone = athlete.zoneOr(club.timeZone());
        LocalDate today = CheckInDays.today(clock.instant(), zone);
        List<LocalDate> shown = CheckInDays.shownDays(today);
        List<WellnessEntry> entries = wellness.ofAthlete(athlete.id(), new DateRange(shown.get(0), today),
                new PageRequest(0, CheckInDays.SHOWN_DAYS)).items();
        List<CheckInDay> days = new ArrayList<>();
        CheckInDay answers = null;
        boolean byCoach = false;
        for (WellnessEntry entry : entries) {
            if (entry.isCheckIn()) {
                CheckInDay day = answers(entry);
                days.add(day);
                if (entry.date().equals(today)) {
                    answers = day;
                }
            } else if (entry.date().equals(today)) {
                byCoach = true;
            }
        }
        days.sort(Comparator.comparing(CheckInDay::date));
        return new CheckInPage(AthleteNames.first(athlete.name()), club.name(), today, zone.getId(), answers, byCoach, days,
                opened.expiresAt(), saved, kept);
    }

    private static CheckInDay answers(WellnessEntry entry) {
        WellnessDetails d = entry.details();
        CheckInPain p = entry.checkInPain();
        return new CheckInDay(d.date(), d.sleepHours(), d.sleepQuality(), d.fatigue(), d.soreness(), d.stress(), d.mood(),
                d.restingHr(), d.hrvMs(), p.score(), p.location(), p.kind(), p.note());
    }

    private ZoneId zone(Athlete athlete) {
        return athlete.zoneOr(clubs.get(athlete.clubId()).timeZone());
    }
}
