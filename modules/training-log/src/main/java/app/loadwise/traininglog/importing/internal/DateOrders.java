package app.loadwise.traininglog.importing.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The order of day and month in each date column of an upload, decided for the whole column before any row is
 * interpreted, never cell by cell: a first pass streams the file (holding one row at a time, and per date column two
 * counts and the first few rows of each order) and finds each sheet's header row as the main pass does.
 * <ul>
 *   <li>a column with a value that can only be month first (11/22/2026) and none that can only be day first is read
 *       month first throughout, whatever the club's locale; likewise day first;</li>
 *   <li>a column whose values could all be either (03/04/2026), or are ISO, typed or written in words, follows the
 *       club's locale;</li>
 *   <li>a column holding both is {@link Order#MIXED}: its numeric dates cannot be read.</li>
 * </ul>
 */
public final class DateOrders {

    /** How many rows of each order are remembered per column, to name them in a message. */
    static final int ROWS_KEPT = 10;

    public enum Order { LOCALE, DAY_FIRST, MONTH_FIRST, MIXED }

    /** What the first pass found in one column: its order, and rows (with one value) that can only be read one way. */
    public record ColumnOrder(Order order, long dayFirstCount, List<Integer> dayFirstRows, String dayFirstExample,
                              long monthFirstCount, List<Integer> monthFirstRows, String monthFirstExample) {

        public static final ColumnOrder LOCALE = new ColumnOrder(Order.LOCALE, 0, List.of(), null, 0, List.of(), null);

        /** The day-first override for reading the column's values; null to follow the club. */
        public Boolean dayFirst() {
            return order == Order.DAY_FIRST ? Boolean.TRUE : order == Order.MONTH_FIRST ? Boolean.FALSE : null;
        }

        static String rows(long count, List<Integer> rows) {
            StringBuilder text = new StringBuilder(count == 1 ? "row " : "rows ");
            for (int i = 0; i < rows.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(rows.get(i));
            }
            if (count > rows.size()) {
                text.append(" and ").append(count - rows.size()).append(" more");
            }
            return text.toString();
        }

        public String dayFirstRowsText() {
            return rows(dayFirstCount, dayFirstRows);
        }

        public String monthFirstRowsText() {
            return rows(monthFirstCount, monthFirstRows);
        }
    }

    private static final class Tally {
        long dayFirst;
        long monthFirst;
        final List<Integer> dayFirstRows = new ArrayList<>();
        final List<Integer> monthFirstRows = new ArrayList<>();
        String dayFirstExample;
        String monthFirstExample;

        void add(RawRow row, int column) {
            int order = ValueParser.dateOrderOf(row.cell(column), row.typed(column));
            if (order == 1) {
                dayFirst++;
                if (dayFirstRows.size() < ROWS_KEPT) {
                    dayFirstRows.add(row.number());
                }
                dayFirstExample = dayFirstExample == null ? row.cell(column).strip() : dayFirstExample;
            } else if (order == -1) {
                monthFirst++;
                if (monthFirstRows.size() < ROWS_KEPT) {
                    monthFirstRows.add(row.number());
                }
                monthFirstExample = monthFirstExample == null ? row.cell(column).strip() : monthFirstExample;
            }
        }

        ColumnOrder order() {
            Order order = dayFirst > 0 && monthFirst > 0 ? Order.MIXED
                    : dayFirst > 0 ? Order.DAY_FIRST : monthFirst > 0 ? Order.MONTH_FIRST : Order.LOCALE;
            return new ColumnOrder(order, dayFirst, List.copyOf(dayFirstRows), dayFirstExample, monthFirst,
                    List.copyOf(monthFirstRows), monthFirstExample);
        }
    }

    private final Map<String, ColumnOrder> orders;

    private DateOrders(Map<String, ColumnOrder> orders) {
        this.orders = orders;
    }

    /** Every column follows the club's locale (nothing was looked at). */
    public static DateOrders none() {
        return new DateOrders(Map.of());
    }

    /**
     * The orders as one line per date column, to be kept with the import and read back by {@link #decode}: the column
     * ("sheet:column"), the order, and per kind the count, the rows kept and the first value, separated by tabs.
     */
    public String encode() {
        StringBuilder text = new StringBuilder();
        orders.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ColumnOrder o = e.getValue();
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(e.getKey()).append('\t').append(o.order()).append('\t')
                    .append(o.dayFirstCount()).append('\t').append(joined(o.dayFirstRows())).append('\t').append(clean(o.dayFirstExample())).append('\t')
                    .append(o.monthFirstCount()).append('\t').append(joined(o.monthFirstRows())).append('\t').append(clean(o.monthFirstExample()));
        });
        return text.toString();
    }

    /** The orders {@link #encode} wrote. */
    public static DateOrders decode(String text) {
        Map<String, ColumnOrder> orders = new HashMap<>();
        for (String line : text.isEmpty() ? new String[0] : text.split("\n")) {
            String[] f = line.split("\t", -1);
            orders.put(f[0], new ColumnOrder(Order.valueOf(f[1]), Long.parseLong(f[2]), rows(f[3]), f[4].isEmpty() ? null : f[4],
                    Long.parseLong(f[5]), rows(f[6]), f[7].isEmpty() ? null : f[7]));
        }
        return new DateOrders(orders);
    }

    private static String joined(List<Integer> rows) {
        StringBuilder text = new StringBuilder();
        for (Integer row : rows) {
            text.append(text.length() > 0 ? "," : "").append(row);
        }
        return text.toString();
    }

    private static List<Integer> rows(String text) {
        List<Integer> rows = new ArrayList<>();
        for (String row : text.isEmpty() ? new String[0] : text.split(",")) {
            rows.add(Integer.parseInt(row));
        }
        return List.copyOf(rows);
    }

    /** A value as kept: a date written with digits and separators holds no tab or line break, but make sure. */
    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The order of a column of the {@code sheet}-th sheet of the file (counted from 0, every sheet counted). */
    public ColumnOrder of(int sheet, int column) {
        return orders.getOrDefault(sheet + ":" + column, ColumnOrder.LOCALE);
    }

    /**
     * Reads the whole file once, with a new reader from {@code rows}. A fault on the way (a damaged part, a row too wide)
     * ends the pass with what was found so far: the main pass meets the same fault and reports it in its place.
     */
    public static DateOrders scan(Supplier<SheetReader> rows, FormatDetector detector) {
        Map<String, Tally> tallies = new HashMap<>();
        SheetReader reader = null;
        try {
            reader = rows.get();
            int sheet = -1;
            while (reader.nextSheet()) {
                sheet++;
                SheetLayout layout = header(reader, detector);
                if (layout == null) {
                    continue;
                }
                List<Integer> columns = new ArrayList<>(2);
                for (ImportField field : List.of(ImportField.DATE, ImportField.TIMESTAMP)) {
                    if (layout.has(field)) {
                        columns.add(layout.column(field));
                    }
                }
                if (columns.isEmpty()) {
                    continue;
                }
                BitSet dateColumns = new BitSet();
                columns.forEach(dateColumns::set);
                reader.readOnly(dateColumns);
                RawRow row;
                while ((row = reader.nextRow()) != null) {
                    for (int column : columns) {
                        tallies.computeIfAbsent(sheet + ":" + column, k -> new Tally()).add(row, column);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the main pass reports the fault where it is
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (RuntimeException e) {
                    // nothing more to read
                }
            }
        }
        Map<String, ColumnOrder> orders = new HashMap<>();
        tallies.forEach((key, tally) -> orders.put(key, tally.order()));
        return new DateOrders(orders);
    }

    /** The sheet's header row found as {@link UploadScanner} finds it, or null. */
    private static SheetLayout header(SheetReader reader, FormatDetector detector) {
        int looked = 0;
        RawRow row;
        while (looked < FormatDetector.HEADER_SEARCH_ROWS && (row = reader.nextRow()) != null) {
            if (row.isBlank()) {
                continue;
            }
            looked++;
            SheetLayout layout = detector.detect(reader.sheetName(), row);
            if (layout != null) {
                return layout;
            }
        }
        return null;
    }
}
