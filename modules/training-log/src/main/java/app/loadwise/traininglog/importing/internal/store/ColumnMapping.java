package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A club's own spreadsheet layout: which header holds which field. Later uploads whose header row matches the
 * signature are read with it.
 */
@Entity
@Table(name = "import_mapping")
public class ColumnMapping {

    /** The answers a direction may take: the high end of the scale is the worse or the better end. */
    public static final Set<String> HIGH_IS = Set.of("worse", "better");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_mapping_seq")
    @SequenceGenerator(name = "import_mapping_seq", sequenceName = "import_mapping_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 4000)
    private String signature;

    /**
     * Header and field code per line, separated by a tab; a third tab-separated part, when present, says which end of
     * a scale the header states without a direction is the worst ("worse": the high end, "better": the low end).
     */
    @Column(name = "column_map", nullable = false, length = 8000)
    private String columnMap;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ColumnMapping() {
    }

    /**
     * As above, with the answer for each header whose scale states no direction: "worse" when its high end is the
     * worst, "better" when it is the best.
     */
    public ColumnMapping(long clubId, String name, String signature, Map<String, String> headerToField,
                         Map<String, String> highIs, Instant createdAt) {
        InvalidValueException.require(name != null && !name.isBlank(), "name", "a mapping needs a name");
        InvalidValueException.require(name.strip().length() <= 100, "name", "name must be at most 100 characters");
        InvalidValueException.require(!headerToField.isEmpty(), "columns", "map at least one column");
        InvalidValueException.require(signature.length() <= 4000, "columns", "the header row is too long to save");
        this.clubId = clubId;
        this.name = name.strip();
        this.signature = signature;
        StringBuilder map = new StringBuilder();
        headerToField.forEach((header, field) -> {
            InvalidValueException.require(header.indexOf('\t') < 0 && header.indexOf('\n') < 0, "columns",
                    "a header must not contain tabs or line breaks");
            map.append(header).append('\t').append(field);
            String high = highIs.get(header);
            if (high != null) {
                InvalidValueException.require(HIGH_IS.contains(high), "highIs", "'" + high + "' is not a direction; use worse or better");
                map.append('\t').append(high);
            }
            map.append('\n');
        });
        for (String header : highIs.keySet()) {
            InvalidValueException.require(headerToField.containsKey(header), "highIs",
                    "'" + header + "' is given a direction but no field; map the column as well");
        }
        InvalidValueException.require(map.length() <= 8000, "columns", "too many columns to save");
        this.columnMap = map.toString();
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Map<String, String> headerToField() {
        return part(1);
    }

    /** For each header whose scale states no direction, the answer saved: "worse" (high end worst) or "better". */
    public Map<String, String> highIs() {
        return part(2);
    }

    private Map<String, String> part(int index) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : columnMap.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length > index && !parts[0].isEmpty()) {
                map.put(parts[0], parts[index]);
            }
        }
        return map;
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String name() {
        return name;
    }

    public String signature() {
        return signature;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
