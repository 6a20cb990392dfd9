package app.loadwise.traininglog;

import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records, corrects, excludes and removes an athlete's training sessions. */
@ApplicationScoped
@Transactional
public class SessionService {

    @Inject
    AthleteRepository athletes;

    @Inject
    TrainingSessionRepository sessions;

    public SessionView record(long athleteId, SessionRequest request) {
        athletes.get(athleteId);
        TrainingSession session = new TrainingSession(athleteId, request.details(), SessionSource.api());
        applyExclusion(session, request);
        return SessionView.of(sessions.store(session));
    }

    public SessionView get(long id) {
        return SessionView.of(sessions.get(id));
    }

    public Page<SessionView> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        athletes.get(athleteId);
        return sessions.ofAthlete(athleteId, range, page).map(SessionView::of);
    }

    public SessionView update(long id, SessionRequest request) {
        TrainingSession session = sessions.get(id);
        session.revise(request.details());
        applyExclusion(session, request);
        return SessionView.of(sessions.store(session));
    }

    public void delete(long id) {
        sessions.remove(sessions.get(id));
    }

    private static void applyExclusion(TrainingSession session, SessionRequest request) {
        if (Boolean.TRUE.equals(request.excluded())) {
            session.exclude(request.excludedReason());
        } else {
            session.include();
        }
    }
}
