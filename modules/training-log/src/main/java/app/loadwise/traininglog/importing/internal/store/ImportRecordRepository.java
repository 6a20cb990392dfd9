package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The imports of all clubs, with their row errors and the rows held for review. */
@ApplicationScoped
public class ImportRecordRepository {

    /** An upload is due for deletion (parameters 3 and 4: the cutoffs for finished and for pending imports). */
    private static final String DUE = " upload_deleted_at IS NULL AND ((status IN ('COMMITTED', 'UNDONE', 'REJECTED')"
            + " AND uploaded_at < ?3) OR (status IN ('VALIDATED', 'STOPPED', 'FAILED') AND COALESCE(job_requested_at, uploaded_at) < ?4))";

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ImportRecordRepository() {
    }

    public ImportRecordRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ImportRecord> find(long id) {
        return Optional.ofNullable(em.find(ImportRecord.class, id));
    }

    public ImportRecord get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    /** Stores a new or changed record and writes it at once, so its id and version are final. */
    public ImportRecord store(ImportRecord record) {
        ImportRecord stored = record.id() == null ? persist(record) : em.merge(record);
        em.flush();
        return stored;
    }

    private ImportRecord persist(ImportRecord record) {
        em.persist(record);
        return record;
    }

    /**
     * Records a stop request on an import being checked or committed, without touching its version: the batch job
     * updates the same record in every chunk, and a stop must not make that chunk fail on an optimistic lock.
     * The record passed is read again. False when the import was no longer running.
     */
    public boolean requestStop(ImportRecord record) {
        // plain SQL: a JPQL bulk update would step the version as well
        int updated = em.createNativeQuery("UPDATE import_record SET stop_requested = TRUE, message = ?1"
                        + " WHERE id = ?2 AND status IN ('VALIDATING', 'COMMITTING')")
                .setParameter(1, "stopping after the chunk in progress").setParameter(2, record.id()).executeUpdate();
        em.refresh(record);
        return updated > 0;
    }

    /** Imports being checked or committed by a batch job: their ids and job executions. */
    public Map<Long, Long> runningJobs() {
        Map<Long, Long> running = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT id, job_execution_id FROM import_record"
                + " WHERE status IN ('VALIDATING', 'COMMITTING') AND job_execution_id IS NOT NULL").getResultList()) {
            Object[] r = (Object[]) row;
            running.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return running;
    }

    /**
     * Records the batch job execution just started for an import, unless its job already recorded itself (the
     * same id). Plain SQL beside the job's own updates of the record, as {@link #requestStop(ImportRecord)}.
     */
    public void launched(long importId, long executionId) {
        em.createNativeQuery("UPDATE import_record SET job_execution_id = ?1 WHERE id = ?2 AND job_execution_id IS NULL")
                .setParameter(1, executionId).setParameter(2, importId).executeUpdate();
    }

    /**
     * Imports whose kept upload is due for deletion, oldest first, at most {@code limit}: committed, undone or
     * rejected ones uploaded before {@code finishedCutoff}, and ones still checked, stopped or failed (waiting for a
     * commit or resume that may never come) whose last job was asked for before {@code pendingCutoff}. Ones already
     * deleted are left out.
     */
    public List<Long> uploadsDue(Instant finishedCutoff, Instant pendingCutoff, int limit) {
        List<?> ids = em.createNativeQuery("SELECT id FROM import_record WHERE" + DUE + " ORDER BY id")
                .setParameter(3, utc(finishedCutoff)).setParameter(4, utc(pendingCutoff)).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Notes that the kept upload of an import is being deleted, if it is still due by the same rules as
     * {@link #uploadsDue} (a commit or resume may have started since the list was read). Steps the version, so a
     * commit that read the import before cannot start on it. True when this caller is to delete the file.
     */
    public boolean uploadDeleted(long importId, Instant at, Instant finishedCutoff, Instant pendingCutoff) {
        return em.createNativeQuery("UPDATE import_record SET upload_deleted_at = ?1, version = version + 1 WHERE id = ?2 AND" + DUE)
                .setParameter(1, utc(at)).setParameter(2, importId).setParameter(3, utc(finishedCutoff))
                .setParameter(4, utc(pendingCutoff)).executeUpdate() == 1;
    }

    /** Takes back {@link #uploadDeleted} when the file could not be deleted after all. */
    public void uploadKept(long importId) {
        em.createNativeQuery("UPDATE import_record SET upload_deleted_at = NULL WHERE id = ?1").setParameter(1, importId)
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The imports of one athlete's own files (a watch export uploaded for them), whatever their status. */
    public List<Long> idsOfAthlete(long athleteId) {
        return em.createQuery("select r.id from ImportRecord r where r.athleteId = :athlete order by r.id", Long.class)
                .setParameter("athlete", athleteId).getResultList();
    }

    /** The latest committed import of the same file (same checksum) for the same club and athlete, if any. */
    public Optional<ImportRecord> committedWithChecksum(long clubId, Long athleteId, String checksum) {
        var query = em.createQuery("select r from ImportRecord r where r.clubId = :club and r.checksum = :checksum"
                        + " and r.status = :status and " + (athleteId == null ? "r.athleteId is null" : "r.athleteId = :athlete")
                        + " order by r.id desc", ImportRecord.class)
                .setParameter("club", clubId).setParameter("checksum", checksum).setParameter("status", ImportStatus.COMMITTED);
        if (athleteId != null) {
            query.setParameter("athlete", athleteId);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** A club's imports, newest first. */
    public Page<ImportRecord> ofClub(long clubId, PageRequest page) {
        long total = em.createQuery("select count(r) from ImportRecord r where r.clubId = :club", Long.class)
                .setParameter("club", clubId).getSingleResult();
        List<ImportRecord> items = em.createQuery("select r from ImportRecord r where r.clubId = :club order by r.id desc",
                        ImportRecord.class)
                .setParameter("club", clubId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    /** Adds row errors in one write (JDBC batches). */
    public void addErrors(Collection<ImportRowError> errors) {
        errors.forEach(em::persist);
        em.flush();
    }

    /** An import's row errors in file order, paged. */
    public Page<ImportRowError> errors(long importId, PageRequest page) {
        long total = em.createQuery("select count(e) from ImportRowError e where e.importId = :import", Long.class)
                .setParameter("import", importId).getSingleResult();
        List<ImportRowError> items = em.createQuery("select e from ImportRowError e where e.importId = :import"
                        + " order by e.row, e.id", ImportRowError.class)
                .setParameter("import", importId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    public long countErrors(long importId) {
        return em.createQuery("select count(e) from ImportRowError e where e.importId = :import", Long.class)
                .setParameter("import", importId).getSingleResult();
    }

    /** Forgets an import's row errors and open review items, before it is checked or written again. */
    public void clearFindings(long importId) {
        em.flush();
        em.createQuery("delete from ImportRowError e where e.importId = :import").setParameter("import", importId).executeUpdate();
        em.createQuery("delete from ReviewItem r where r.importId = :import and r.status = :open")
                .setParameter("import", importId).setParameter("open", ReviewItem.Status.OPEN).executeUpdate();
    }

    public void addReviewItems(Collection<ReviewItem> items) {
        items.forEach(em::persist);
        em.flush();
    }

    /** The rows of an import held for review, in file order, paged. */
    public Page<ReviewItem> reviewItems(long importId, PageRequest page) {
        long total = em.createQuery("select count(r) from ReviewItem r where r.importId = :import", Long.class)
                .setParameter("import", importId).getSingleResult();
        List<ReviewItem> items = em.createQuery("select r from ReviewItem r where r.importId = :import order by r.row, r.id",
                        ReviewItem.class)
                .setParameter("import", importId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    /** The rows of one sheet of an import held for review among the given rows (a restarted commit skips them). */
    public List<Integer> reviewedRows(long importId, String sheet, int fromRow, int toRow) {
        var query = em.createQuery("select r.row from ReviewItem r where r.importId = :import and r.row between :from and :to"
                        + " and " + (sheet == null ? "r.sheet is null" : "r.sheet = :sheet"), Integer.class)
                .setParameter("import", importId).setParameter("from", fromRow).setParameter("to", toRow);
        if (sheet != null) {
            query.setParameter("sheet", sheet);
        }
        return query.getResultList();
    }

    /** The highest row number of an import held for review so far, 0 when none. */
    public int lastReviewedRow(long importId) {
        Integer last = em.createQuery("select max(r.row) from ReviewItem r where r.importId = :import", Integer.class)
                .setParameter("import", importId).getSingleResult();
        return last == null ? 0 : last;
    }

    public ReviewItem reviewItem(long importId, long itemId) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        if (item == null || item.importId() != importId) {
            throw new NotFoundException("review item", itemId);
        }
        return item;
    }

    public ReviewItem store(ReviewItem item) {
        ReviewItem stored = em.merge(item);
        em.flush();
        return stored;
    }
}
