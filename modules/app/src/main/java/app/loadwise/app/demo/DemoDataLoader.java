package app.loadwise.app.demo;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Logger;

/** Stores the demo club once; a later start finds it and leaves it alone. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    WellnessRepository wellness;

    @Inject
    Clock clock;

    /** Loads the demo club with training up to yesterday, unless a club of that name exists. Returns whether it loaded. */
    @Transactional
    public boolean loadIfAbsent() {
        if (clubs.findByName(DemoClub.NAME).isPresent()) {
            LOG.info("Demo club already present");
            return false;
        }
        Club club = clubs.store(new Club(DemoClub.NAME, ZONE, DayOfWeek.MONDAY, Locale.UK, clock.instant()));
        LocalDate yesterday = LocalDate.now(clock.withZone(ZONE)).minusDays(1);
        int sessionCount = 0;
        int wellnessCount = 0;
        for (DemoClub.DemoAthlete demo : DemoClub.generate(yesterday)) {
            Athlete athlete = athletes.store(new Athlete(club.id(), demo.memberId(), demo.profile()));
            sessions.storeAll(demo.sessions().stream()
                    .map(details -> new TrainingSession(athlete.id(), details, SessionSource.demo())).toList());
            wellness.storeAll(demo.wellness().stream().map(details -> new WellnessEntry(athlete.id(), details)).toList());
            sessionCount += demo.sessions().size();
            wellnessCount += demo.wellness().size();
        }
        int loadedSessions = sessionCount;
        int loadedWellness = wellnessCount;
        LOG.info(() -> "Loaded demo club '" + DemoClub.NAME + "' (id " + club.id() + "): " + loadedSessions + " sessions, "
                + loadedWellness + " wellness entries up to " + yesterday);
        return true;
    }
}
