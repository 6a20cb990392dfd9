package app.loadwise.traininglog.importing.bench;

import app.loadwise.domain.migration.DatabaseMigrator;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.traininglog.importing.batch.BenchmarkSteps;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Generates a realistic club session file (1,000,000 rows by default, as .csv and .xlsx) and measures in one run:
 * the raw parse floor (a bare SAX pass over the sheet XML touching every cell; a plain Commons CSV read), a plain
 * batched JDBC insert of the same rows, and the full import (check, then commit in 1,000-row chunk transactions
 * as the batch job runs it) into H2 and PostgreSQL, with the peak heap. Arguments: rows, work directory, and
 * optionally the databases ("H2", "PostgreSQL", or both comma-separated). Run it with the import-benchmark
 * profile (see docs/performance.md); it is never part of {@code mvn verify}.
 */
public final class ImportBenchmark {

    private static final int ATHLETES = 100;
    private static final String[] TYPES = {"easy", "long run", "track 6x800", "tempo", "recovery", "hill sprints", "gym", "jog"};
    private static final String HEADER = "Member ID,Date,Start time,Type,Moving (min),Elapsed (min),Distance (km),RPE,Avg HR,Notes";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/import-benchmark");
        Files.createDirectories(dir);
        HeapSampler heap = new HeapSampler();
        heap.start();
        System.out.printf(Locale.ROOT, "Import benchmark: %,d rows, max heap %d MiB, %d cores%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        Path csv = writeCsv(dir.resolve("sessions.csv"), rows);
        Path xlsx = writeXlsx(dir.resolve("sessions.xlsx"), rows);
        System.out.printf(Locale.ROOT, "files: csv %,d bytes, xlsx %,d bytes%n", Files.size(csv), Files.size(xlsx));

        List<String> lines = new ArrayList<>();
        double sax = measure("xlsx bare SAX pass over the sheet XML", rows, () -> bareSax(xlsx), lines);
        double csvRead = measure("csv plain Commons CSV read", rows, () -> plainCsv(csv), lines);
        List<String> databases = args.length > 2 ? List.of(args[2].split(",")) : List.of("H2", "PostgreSQL");
        for (String kind : databases) {
            DataSource dataSource = kind.equals("H2") ? h2(dir) : TestDatabases.freshMigrated(TestDatabases.Kind.POSTGRESQL);
            if (kind.equals("H2")) {
                DatabaseMigrator.migrate(dataSource);
            } else if (dataSource instanceof org.postgresql.ds.common.BaseDataSource postgres) {
                // as the app's datasource does: JDBC batches sent as multi-row inserts
                postgres.setReWriteBatchedInserts(true);
            }
            EntityManagerFactory emf = TestDatabases.entityManagerFactory(pooled(dataSource));
            BenchmarkSteps steps = new BenchmarkSteps(emf, dir.resolve("uploads-" + kind));
            long club = steps.clubWithAthletes(ATHLETES);
            double insert = measure(kind + ": plain batched JDBC insert", rows, () -> plainInsert(dataSource, steps.athleteIds(), rows), lines);
            steps.clearSessions(dataSource);
            double copyAlone = 0;
            if (!kind.equals("H2")) {
                copyAlone = measure(kind + ": COPY alone (the server's ingest ceiling)", rows, () -> copyAlone(dataSource, steps.athleteIds(), rows), lines);
                steps.clearSessions(dataSource);
            }
            long[] csvImport = new long[1];
            double csvCheck = measure(kind + ": csv import, check (dry run)", rows, () -> csvImport[0] = steps.check(club, csv), lines);
            double csvCommit = measure(kind + ": csv import, commit", rows, () -> steps.commit(csvImport[0]), lines);
            steps.clearSessions(dataSource);
            long[] xlsxImport = new long[1];
            double xlsxCheck = measure(kind + ": xlsx import, check (dry run)", rows, () -> xlsxImport[0] = steps.check(club, xlsx), lines);
            double xlsxCommit = measure(kind + ": xlsx import, commit", rows, () -> steps.commit(xlsxImport[0]), lines);
            steps.verifyCount(rows);
            emf.close();
            if (copyAlone > 0) {
                lines.add(String.format(Locale.ROOT, "%s ceiling: COPY alone / bare SAX = %.0f%%, xlsx commit / COPY alone = %.0f%%,"
                        + " csv commit / COPY alone = %.0f%%", kind, 100 * copyAlone / sax, 100 * xlsxCommit / copyAlone, 100 * csvCommit / copyAlone));
                lines.add(String.format(Locale.ROOT, "%s target (commit >= %.0f%% of COPY alone into the same table, this run):"
                                + " COPY %,.0f rows/s; xlsx commit %,.0f rows/s = %.0f%% (%s); csv commit %,.0f rows/s = %.0f%% (%s)",
                        kind, 100 * COPY_TARGET, copyAlone, xlsxCommit, 100 * xlsxCommit / copyAlone, verdict(xlsxCommit / copyAlone),
                        csvCommit, 100 * csvCommit / copyAlone, verdict(csvCommit / copyAlone)));
            }
            lines.add(String.format(Locale.ROOT, "%s ratios: xlsx commit / bare SAX = %.0f%%, csv commit / plain insert = %.0f%%,"
                            + " csv check / csv read = %.0f%%, xlsx check / bare SAX = %.0f%%",
                    kind, 100 * xlsxCommit / sax, 100 * csvCommit / insert, 100 * csvCheck / csvRead, 100 * xlsxCheck / sax));
        }
        heap.stopSampling();
        System.out.println();
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "peak heap used: %d MiB (max %d MiB)%n", heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A PostgreSQL commit must reach this share of COPY alone into the same table in the same run. */
    private static final double COPY_TARGET = 0.90;

    private static String verdict(double ratio) {
        return ratio >= COPY_TARGET ? "met" : "NOT met";
    }

    interface Work {
        void run() throws Exception;
    }

    private static double measure(String what, int rows, Work work, List<String> lines) throws Exception {
        System.gc();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = rows / seconds;
        String line = String.format(Locale.ROOT, "%-48s %8.1f s %,12.0f rows/s", what, seconds, rate);
        System.out.println(line);
        lines.add(line);
        return rate;
    }

    // ---- the file --------------------------------------------------------------------------------------------

    /** Row i of the file: 100 athletes, two sessions a day each, from 2012 on. */
    static Object[] row(int i) {
        int athlete = i % ATHLETES;
        int k = i / ATHLETES;
        LocalDate date = LocalDate.of(2012, 1, 1).plusDays(k / 2);
        LocalTime start = k % 2 == 0 ? LocalTime.of(6, 30) : LocalTime.of(18, 0);
        double moving = 30 + (i * 7919L % 61);
        double distance = Math.round(moving / 5.5 * 100) / 100.0;
        int rpe = 2 + (i % 8);
        int hr = 120 + (i % 50);
        String notes = i % 5 == 0 ? "felt good, legs a bit heavy" : "";
        return new Object[] {String.format("B-%03d", athlete + 1), date, start, TYPES[i % TYPES.length], moving, moving + 5, distance,
                rpe, hr, notes};
    }

    private static Path writeCsv(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                Object[] r = row(i);
                out.write(r[0] + "," + r[1] + "," + r[2] + "," + r[3] + "," + r[4] + "," + r[5] + "," + r[6] + "," + r[7] + "," + r[8]
                        + "," + r[9] + "\n");
            }
        }
        return file;
    }

    private static Path writeXlsx(Path file, int rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (var out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("hh:mm"));
            SXSSFSheet sheet = workbook.createSheet("Sessions");
            Row header = sheet.createRow(0);
            String[] headers = HEADER.split(",");
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                Object[] r = row(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue((String) r[0]);
                var date = row.createCell(1);
                date.setCellValue((LocalDate) r[1]);
                date.setCellStyle(dateStyle);
                var time = row.createCell(2);
                time.setCellValue(((LocalTime) r[2]).toSecondOfDay() / 86_400.0);
                time.setCellStyle(timeStyle);
                row.createCell(3).setCellValue((String) r[3]);
                row.createCell(4).setCellValue((Double) r[4]);
                row.createCell(5).setCellValue((Double) r[5]);
                row.createCell(6).setCellValue((Double) r[6]);
                row.createCell(7).setCellValue((Integer) r[7]);
                row.createCell(8).setCellValue((Integer) r[8]);
                if (!((String) r[9]).isEmpty()) {
                    row.createCell(9).setCellValue((String) r[9]);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return file;
    }

    // ---- the floors ----------------------------------------------------------------------------------------

    /** The physical floor for xlsx: SAX over the sheet XML, touching every cell's text. */
    private static void bareSax(Path xlsx) throws Exception {
        AtomicLong cells = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            SAXParser parser = factory.newSAXParser();
            var sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    parser.parse(sheet, new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String local, String qName, Attributes attributes) {
                            if ("c".equals(local)) {
                                cells.incrementAndGet();
                            }
                        }

                        @Override
                        public void characters(char[] ch, int start, int length) {
                            chars.addAndGet(length);
                        }
                    });
                }
            }
        }
        if (cells.get() == 0 || chars.get() == 0) {
            throw new IllegalStateException("no cells read");
        }
    }

    /** The floor for csv: Commons CSV touching every value. */
    private static void plainCsv(Path csv) throws IOException {
        long chars = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    chars += value.length();
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("no values read");
        }
    }

    /** A plain batched JDBC insert of the same rows, 1,000 per batch and transaction. */
    private static void plainInsert(DataSource dataSource, List<Long> athleteIds, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String next = product.contains("postgres") ? "SELECT nextval('training_session_seq')" : "VALUES NEXT VALUE FOR training_session_seq";
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO training_session (id, athlete_id, local_date,"
                    + " start_time, session_type, moving_minutes, elapsed_minutes, distance_km, rpe, avg_hr, pain, notes, excluded,"
                    + " source_channel, natural_key, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, FALSE, 'import', ?, 1)");
                 Statement sequence = connection.createStatement()) {
                long id = 0;
                long last = -1;
                for (int i = 0; i < rows; i++) {
                    if (id > last) {
                        try (ResultSet rs = sequence.executeQuery(next)) {
                            rs.next();
                            last = rs.getLong(1);
                            id = last - 49;
                        }
                    }
                    Object[] r = row(i);
                    long athlete = athleteIds.get(i % ATHLETES);
                    insert.setLong(1, id++);
                    insert.setLong(2, athlete);
                    insert.setDate(3, Date.valueOf((LocalDate) r[1]));
                    insert.setTime(4, Time.valueOf((LocalTime) r[2]));
                    insert.setString(5, "EASY");
                    insert.setDouble(6, (Double) r[4]);
                    insert.setDouble(7, (Double) r[5]);
                    insert.setDouble(8, (Double) r[6]);
                    insert.setInt(9, (Integer) r[7]);
                    insert.setInt(10, (Integer) r[8]);
                    insert.setString(11, ((String) r[9]).isEmpty() ? null : (String) r[9]);
                    insert.setString(12, athlete + "|" + r[1] + "|" + r[2]);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }

    /**
     * The same rows written with nothing else to do: COPY (text format) from strings built in advance per chunk, in
     * transactions of one chunk each, ids from the sequence as the import takes them. Nothing the import does can
     * write faster than this on the same server.
     */
    private static void copyAlone(DataSource dataSource, List<Long> athleteIds, int rows) throws Exception {
        int chunk = Integer.getInteger("import.benchmark.chunk", ImportSettings.DEFAULT_CHUNK_ROWS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long id = 0;
            long last = -1;
            for (int from = 0; from < rows; from += chunk) {
                StringBuilder text = new StringBuilder(160 * chunk);
                for (int i = from; i < Math.min(rows, from + chunk); i++) {
                    if (id > last) {
                        try (Statement sequence = connection.createStatement();
                             ResultSet rs = sequence.executeQuery("SELECT nextval('training_session_seq')")) {
                            rs.next();
                            last = rs.getLong(1);
                            id = last - 49;
                        }
                    }
                    Object[] r = row(i);
                    long athlete = athleteIds.get(i % ATHLETES);
                    String notes = (String) r[9];
                    text.append(id++).append('\t').append(athlete).append('\t').append(r[1]).append('\t').append(r[2]).append(":00")
                            .append("\tEASY\t").append(r[4]).append('\t').append(r[5]).append('\t').append(r[6]).append('\t').append(r[7])
                            .append('\t').append(r[8]).append("\tf\t").append(notes.isEmpty() ? "\\N" : notes)
                            .append("\tf\timport\t").append(athlete).append('|').append(r[1]).append('|').append(r[2]).append("\t1\n");
                }
                copy.copyIn("COPY training_session (id, athlete_id, local_date, start_time, session_type, moving_minutes,"
                        + " elapsed_minutes, distance_km, rpe, avg_hr, pain, notes, excluded, source_channel, natural_key, version)"
                        + " FROM STDIN", new java.io.StringReader(text.toString()));
                connection.commit();
            }
        }
    }

    /**
     * The data source behind a connection pool, as the app server pools its connections: without one, every
     * chunk's transaction would open a new database connection, which the app never does.
     */
    private static DataSource pooled(DataSource dataSource) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(4);
        config.setPoolName("import-benchmark");
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    private static DataSource h2(Path dir) throws IOException {
        Path db = dir.resolve("h2");
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        JdbcDataSource h2 = new JdbcDataSource();
        // kept open between transactions, as the app server's pool keeps its connections
        h2.setURL("jdbc:h2:file:" + db.toAbsolutePath().resolve("bench") + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Samples the heap in use every 10 ms and keeps the highest value. */
    static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long peak() {
            return peak;
        }
    }

}
