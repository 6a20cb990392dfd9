package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An imported row that nearly matches a record already in the log (a session within ±10 minutes, or a wellness
 * day with other values). It is neither dropped nor doubled: a coach decides to import it or keep the existing one.
 */
@Entity
@Table(name = "import_review_item")
public class ReviewItem {

    /** What a coach decided. */
    public enum Status { OPEN, IMPORTED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_review_item_seq")
    @SequenceGenerator(name = "import_review_item_seq", sequenceName = "import_review_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private Long importId;

    @Column(length = 100)
    private String sheet;

    @Column(name = "row_no", nullable = false)
    private int row;

    @Column(name = "athlete_id", nullable = false)
    private Long athleteId;

    @Column(name = "local_date", nullable = false)
    private LocalDate date;

    @Column(name = "existing_id", nullable = false)
    private Long existingId;

    @Column(nullable = false, length = 500)
    private String reason;

    /** The row as it would be stored, in the importing module's own encoding. */
    @Column(nullable = false, length = 4000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "resolved_session_id")
    private Long resolvedId;

    @Version
    private long version;

    protected ReviewItem() {
    }

    public ReviewItem(long importId, String sheet, int row, long athleteId, LocalDate date, long existingId, String reason,
                      String payload) {
        this.importId = importId;
        this.sheet = sheet != null && sheet.length() > 100 ? sheet.substring(0, 100) : sheet;
        this.row = row;
        this.athleteId = athleteId;
        this.date = date;
        this.existingId = existingId;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.payload = payload;
        this.status = Status.OPEN;
    }

    /** The row was imported after all, as the record with this id. */
    public void imported(long recordId) {
        requireOpen();
        this.status = Status.IMPORTED;
        this.resolvedId = recordId;
    }

    /** The existing record stays; the row is not imported. */
    public void dismiss() {
        requireOpen();
        this.status = Status.DISMISSED;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new ConflictException("status", "review item " + id + " is already " + status.name().toLowerCase(Locale.ROOT));
        }
    }

    public Long id() {
        return id;
    }

    public long importId() {
        return importId;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public long athleteId() {
        return athleteId;
    }

    public LocalDate date() {
        return date;
    }

    public long existingId() {
        return existingId;
    }

    public String reason() {
        return reason;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public Long resolvedId() {
        return resolvedId;
    }
}
