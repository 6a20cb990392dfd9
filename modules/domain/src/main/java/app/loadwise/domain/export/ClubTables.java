package app.loadwise.domain.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a club's tables page by page in key order, so an export of any size holds one page in memory. */
@ApplicationScoped
public class ClubTables {

    /** One page of rows, and the key of its last row to continue after; {@code last} is null on the last page. */
    public record RowPage(List<Object[]> rows, Object[] last) {
    }

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ClubTables() {
    }

    public ClubTables(EntityManager em) {
        this.em = em;
    }

    /** The table's exported columns, in table order, lower-case: every column but the withheld ones. */
    public List<String> columns(ClubTable table) {
        List<?> names = em.createNativeQuery("SELECT column_name FROM information_schema.columns "
                        + "WHERE LOWER(table_name) = ?1 AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA) ORDER BY ordinal_position")
                .setParameter(1, table.name()).getResultList();
        List<String> columns = new ArrayList<>();
        for (Object name : names) {
            String column = name.toString().toLowerCase(Locale.ROOT);
            if (!table.withheld().contains(column)) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("table " + table.name() + " has no columns to export; is the schema current?");
        }
        return columns;
    }

    /** Up to {@code size} rows after the key {@code after} (null for the first page), columns as {@link #columns}. */
    public RowPage page(ClubTable table, List<String> columns, long clubId, Object[] after, int size) {
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", columns))
                .append(" FROM ").append(table.name()).append(" WHERE (").append(table.clubRows()).append(')');
        List<String> key = table.key();
        if (after != null) {
            sql.append(" AND ").append(after(key));
        }
        sql.append(" ORDER BY ").append(String.join(", ", key)).append(" LIMIT ").append(size);
        var query = em.createNativeQuery(sql.toString()).setParameter(1, clubId);
        if (after != null) {
            for (int i = 0; i < key.size(); i++) {
                query.setParameter(2 + i, after[i]);
            }
        }
        List<?> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
        }
        Object[] last = null;
        if (rows.size() == size) {
            Object[] lastRow = rows.get(rows.size() - 1);
            last = key.stream().map(k -> lastRow[columns.indexOf(k)]).toArray();
        }
        return new RowPage(rows, last);
    }

    /** Keyset condition: (a > ?2) or (a = ?2 and b > ?3). */
    private static String after(List<String> key) {
        if (key.size() == 1) {
            return key.get(0) + " > ?2";
        }
        return "(" + key.get(0) + " > ?2 OR (" + key.get(0) + " = ?2 AND " + key.get(1) + " > ?3))";
    }
}
