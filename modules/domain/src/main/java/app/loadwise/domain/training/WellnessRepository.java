package app.loadwise.domain.training;

import app.loadwise.domain.common.AthleteRecordPages;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The daily wellness entries of all athletes. */
@ApplicationScoped
public class WellnessRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected WellnessRepository() {
    }

    public WellnessRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<WellnessEntry> find(long id) {
        return Optional.ofNullable(em.find(WellnessEntry.class, id));
    }

    public WellnessEntry get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("wellness entry", id));
    }

    public Optional<WellnessEntry> on(long athleteId, LocalDate date) {
        return em.createQuery("select w from WellnessEntry w where w.athleteId = :athlete and w.date = :date", WellnessEntry.class)
                .setParameter("athlete", athleteId).setParameter("date", date).getResultStream().findFirst();
    }

    /** Stores one new or changed record and writes it at once, so its id and version are final. */
    public WellnessEntry store(WellnessEntry entry) {
        WellnessEntry stored = entry.id() == null ? persist(entry) : em.merge(entry);
        em.flush();
        return stored;
    }

    /** Stores many new records in one write (JDBC batches). */
    public void storeAll(Collection<WellnessEntry> entries) {
        entries.forEach(em::persist);
        em.flush();
    }

    private WellnessEntry persist(WellnessEntry entry) {
        em.persist(entry);
        return entry;
    }

    public void remove(WellnessEntry entry) {
        em.remove(em.contains(entry) ? entry : em.merge(entry));
    }

    /** An athlete's entries in a date range, newest first, paged. */
    public Page<WellnessEntry> ofAthlete(long athleteId, DateRange range, PageRequest page) {
        return AthleteRecordPages.page(em, WellnessEntry.class, "date", "x.date desc, x.id desc", athleteId, range, page);
    }

}
