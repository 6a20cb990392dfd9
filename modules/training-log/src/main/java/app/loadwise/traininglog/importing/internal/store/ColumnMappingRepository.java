package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The column mappings clubs have saved. */
@ApplicationScoped
public class ColumnMappingRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ColumnMappingRepository() {
    }

    public ColumnMappingRepository(EntityManager em) {
        this.em = em;
    }

    /** Saves a new mapping; a club's mapping names are unique. */
    public ColumnMapping add(ColumnMapping mapping) {
        boolean taken = !em.createQuery("select m.id from ColumnMapping m where m.clubId = :club and m.name = :name", Long.class)
                .setParameter("club", mapping.clubId()).setParameter("name", mapping.name()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("name", "the club already has a mapping named '" + mapping.name() + "'");
        }
        em.persist(mapping);
        em.flush();
        return mapping;
    }

    /** A club's mappings, newest first: the first whose signature matches an upload is used. */
    public List<ColumnMapping> ofClub(long clubId) {
        return em.createQuery("select m from ColumnMapping m where m.clubId = :club order by m.id desc", ColumnMapping.class)
                .setParameter("club", clubId).getResultList();
    }

    public ColumnMapping get(long clubId, long id) {
        ColumnMapping mapping = em.find(ColumnMapping.class, id);
        if (mapping == null || mapping.clubId() != clubId) {
            throw new NotFoundException("mapping", id);
        }
        return mapping;
    }

    public void remove(ColumnMapping mapping) {
        em.remove(em.contains(mapping) ? mapping : em.merge(mapping));
        em.flush();
    }
}
