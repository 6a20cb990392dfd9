package app.loadwise.traininglog;

import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records and corrects athletes' daily wellness; one entry per athlete and date. */
@ApplicationScoped
@Transactional
public class WellnessService {

    @Inject
    AthleteRepository athletes;

    @Inject
    WellnessRepository wellness;

    public WellnessView record(long athleteId, WellnessRequest request) {
        athletes.get(athleteId);
        WellnessDetails details = request.details();
        wellness.on(athleteId, details.date()).ifPresent(existing -> {
            throw new ConflictException("date", "athlete " + athleteId + " already has wellness for " + details.date()
                    + " (entry " + existing.id() + "); update that entry instead");
        });
        return WellnessView.of(wellness.store(new WellnessEntry(athleteId, details)));
    }

    public WellnessView get(long id) {
        return WellnessView.of(wellness.get(id));
    }

    public Page<WellnessView> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        athletes.get(athleteId);
        return wellness.ofAthlete(athleteId, range, page).map(WellnessView::of);
    }

    public WellnessView update(long id, WellnessRequest request) {
        WellnessEntry entry = wellness.get(id);
        entry.revise(request.details());
        return WellnessView.of(wellness.store(entry));
    }

    public void delete(long id) {
        wellness.remove(wellness.get(id));
    }
}
