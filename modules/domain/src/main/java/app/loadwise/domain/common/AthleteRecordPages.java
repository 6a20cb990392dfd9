package app.loadwise.domain.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Pages an athlete's records of one kind (sessions, wellness, health events) within a date range, newest first. */
public final class AthleteRecordPages {

    private AthleteRecordPages() {
    }

    /**
     * {@code entity} must have {@code athleteId} and the date attribute {@code dateField} the range applies to;
     * {@code order} names attributes as {@code x.<name>}, e.g. "x.date desc, x.id desc".
     */
    public static <T> Page<T> page(EntityManager em, Class<T> entity, String dateField, String order, long athleteId, DateRange range,
                                   PageRequest page) {
        String where = " where x.athleteId = :athlete"
                + (range.from() != null ? " and x." + dateField + " >= :from" : "")
                + (range.to() != null ? " and x." + dateField + " <= :to" : "");
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
