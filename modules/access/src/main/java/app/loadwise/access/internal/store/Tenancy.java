package app.loadwise.access.internal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which club a record belongs to, by the id the API names it with. */
@ApplicationScoped
public class Tenancy {

    /** The kinds of record that the API addresses by id at the top level, with the query for their club. */
    public enum Owned {
        CLUB("SELECT id FROM club WHERE id = ?1"),
        ATHLETE("SELECT club_id FROM athlete WHERE id = ?1"),
        SESSION("SELECT a.club_id FROM training_session s JOIN athlete a ON a.id = s.athlete_id WHERE s.id = ?1"),
        WELLNESS("SELECT a.club_id FROM wellness_entry w JOIN athlete a ON a.id = w.athlete_id WHERE w.id = ?1"),
        IMPORT("SELECT club_id FROM import_record WHERE id = ?1"),
        USER("SELECT club_id FROM app_user WHERE id = ?1 AND club_id IS NOT NULL"),
        API_KEY("SELECT club_id FROM api_key WHERE id = ?1");

        private final String clubQuery;

        Owned(String clubQuery) {
            this.clubQuery = clubQuery;
        }
    }

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected Tenancy() {
    }

    public Tenancy(EntityManager em) {
        this.em = em;
    }

    /** The club of the record, or empty when there is no such record or it belongs to no club. */
    public Optional<Long> clubOf(Owned kind, long id) {
        List<?> rows = em.createNativeQuery(kind.clubQuery).setParameter(1, id).getResultList();
        return rows.stream().filter(Objects::nonNull).map(value -> ((Number) value).longValue()).findFirst();
    }
}
