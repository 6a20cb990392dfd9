package app.loadwise.traininglog;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteErasure;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.importing.ImportUploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Manages a club's athletes. */
@ApplicationScoped
@Transactional
public class AthleteService {

    private static final Logger LOG = Logger.getLogger(AthleteService.class.getName());

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    AthleteErasure erasure;

    @Inject
    ImportUploads imports;

    public AthleteView create(long clubId, AthleteRequest request) {
        clubs.get(clubId);
        requireFreeMemberId(clubId, request.memberId(), null);
        Athlete athlete = new Athlete(clubId, request.memberId(), profileOf(request));
        if (Boolean.FALSE.equals(request.active())) {
            athlete.deactivate();
        }
        return AthleteView.of(athletes.store(athlete));
    }

    public AthleteView get(long id) {
        return AthleteView.of(athletes.get(id));
    }

    /**
     * The athlete when it is one of the club's; another club's athlete is answered exactly as an id that does not
     * exist (404), so that ids of other clubs cannot be probed.
     */
    public AthleteView inClub(long clubId, long athleteId) {
        return athletes.find(athleteId).filter(a -> a.clubId() == clubId).map(AthleteView::of)
                .orElseThrow(() -> new NotFoundException("athlete", athleteId));
    }

    public Page<AthleteView> ofClub(long clubId, Boolean active, PageRequest page) {
        clubs.get(clubId);
        return athletes.ofClub(clubId, active, page).map(AthleteView::of);
    }

    public AthleteView update(long id, AthleteRequest request) {
        Athlete athlete = athletes.get(id);
        requireFreeMemberId(athlete.clubId(), request.memberId(), athlete.id());
        athlete.changeMemberId(request.memberId());
        athlete.updateProfile(profileOf(request));
        if (Boolean.FALSE.equals(request.active())) {
            athlete.deactivate();
        } else {
            athlete.activate();
        }
        return AthleteView.of(athletes.store(athlete));
    }

    /** Erases the athlete and everything held about them (see {@link AthleteErasure}); answers what was removed. */
    public Map<String, Long> delete(long id) {
        // the athlete's own imports go with them; their kept files must go too, and are found only through them
        List<Long> ownImports = imports.importsOfAthlete(id);
        Map<String, Long> removed = erasure.erase(id);
        int files = imports.deleteUploads(ownImports);
        LOG.info(() -> "Erased athlete " + id + ": " + removed + ", kept upload files " + files);
        return removed;
    }

    private void requireFreeMemberId(long clubId, String memberId, Long self) {
        athletes.findByMemberId(clubId, memberId)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new ConflictException("memberId", "member id '" + memberId.strip()
                            + "' is already used by athlete " + other.id() + " in this club");
                });
    }

    private static AthleteProfile profileOf(AthleteRequest request) {
        return new AthleteProfile(request.name(), Sex.fromCode(request.sex(), "sex"), request.birthYear(),
                ExperienceLevel.fromCode(request.level(), "level"), request.maxHr(), request.restingHr(),
                request.timeZone() == null || request.timeZone().isBlank() ? null : Club.parseTimeZone(request.timeZone()));
    }
}
