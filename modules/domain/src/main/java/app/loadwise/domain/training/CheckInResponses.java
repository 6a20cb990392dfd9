package app.loadwise.domain.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which days athletes answered their check-in: a wellness entry the athlete's check-in made or added to. */
@ApplicationScoped
public class CheckInResponses {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected CheckInResponses() {
    }

    public CheckInResponses(EntityManager em) {
        this.em = em;
    }

    /** The days from {@code from} to {@code to} (both included) each of the club's athletes checked in, by athlete, in date order. */
    public Map<Long, List<LocalDate>> daysOfClub(long clubId, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT w.athlete_id, w.local_date FROM wellness_entry w JOIN athlete a ON a.id = w.athlete_id "
                        + "WHERE a.club_id = ?1 AND w.local_date BETWEEN ?2 AND ?3 AND w.checked_in_at IS NOT NULL "
                        + "ORDER BY w.athlete_id, w.local_date")
                .setParameter(1, clubId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to)).getResultList();
        Map<Long, List<LocalDate>> days = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            LocalDate date = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            days.computeIfAbsent(((Number) r[0]).longValue(), a -> new ArrayList<>()).add(date);
        }
        return days;
    }
}
