package app.loadwise.domain.training;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Pages an athlete's records of one kind (sessions, wellness) within a date range, newest first. */
final class AthleteLogPages {

    private AthleteLogPages() {
    }

    /** {@code entity} must have {@code athleteId}, {@code date} and {@code id}; {@code order} follows "x.date desc". */
    static <T> Page<T> page(EntityManager em, Class<T> entity, String order, long athleteId, DateRange range, PageRequest page) {
        String where = " where x.athleteId = :athlete"
                + (range.from() != null ? " and x.date >= :from" : "")
                + (range.to() != null ? " and x.date <= :to" : "");
        String from = " from " + entity.getSimpleName() + " x";
        TypedQuery<Long> count = bind(em.createQuery("select count(x)" + from + where, Long.class), athleteId, range);
        TypedQuery<T> select = bind(em.createQuery("select x" + from + where + " order by " + order, entity), athleteId, range);
        List<T> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long athleteId, DateRange range) {
        query.setParameter("athlete", athleteId);
        if (range.from() != null) {
            query.setParameter("from", range.from());
        }
        if (range.to() != null) {
            query.setParameter("to", range.to());
        }
        return query;
    }
}
