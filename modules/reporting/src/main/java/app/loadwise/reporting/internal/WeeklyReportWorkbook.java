package app.loadwise.reporting.internal;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.reporting.ClubWeekReport.AthleteLine;
import app.loadwise.reporting.ClubWeekReport.FindingLine;
import app.loadwise.reporting.ClubWeekReport.TrendPoint;
import app.loadwise.reporting.ClubWeekReport.WeekTotals;
import app.loadwise.reporting.ClubWeekReport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Writes a club's weekly report as an xlsx workbook: Summary, Athletes, Findings, Trends and About. Rows are
 * streamed (SXSSF), so the heap needed does not grow with the club. Text from users is always written as a
 * string cell, never as a formula.
 */
public final class WeeklyReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> SHEETS = List.of("Summary", "Athletes", "Findings", "Trends", "Plan", "About");

    /** Athletes sheet columns, in order. */
    static final List<String[]> ATHLETE_COLUMNS = List.of(
            new String[] {"Member ID", "The athlete's member number in the club."},
            new String[] {"Name", "The athlete's name."},
            new String[] {"Level", "Beginner, intermediate or advanced: the level the rules are tuned for."},
            new String[] {"Sessions", "Sessions logged in the week (excluded sessions not counted)."},
            new String[] {"Weekly load (AU)", "Sum of session-RPE loads (RPE x minutes) over the week, in arbitrary units."},
            new String[] {"Load change", "Weekly load against the week before, as a percentage."},
            new String[] {"EWMA ACWR", "Acute:chronic workload ratio from exponentially weighted averages (7 and 28 days). Blank while the baseline builds."},
            new String[] {"Monotony", "Mean of the week's daily loads divided by their standard deviation (Foster)."},
            new String[] {"Strain", "Weekly load x monotony (Foster)."},
            new String[] {"Hard days", "Days with a hard session (intensity or a long run)."},
            new String[] {"Rest days", "Days without training, logged or implied by the surrounding days."},
            new String[] {"Strength sessions", "Strength and conditioning sessions in the week."},
            new String[] {"Avg sleep (h)", "Average sleep per night from the wellness entries."},
            new String[] {"Resting HR (z)", "Morning resting heart rate against the athlete's own baseline, in standard deviations; positive is higher than usual."},
            new String[] {"Days with data", "Days of the week with any session or wellness entry (of 7)."},
            new String[] {"Score", "Load-versus-rest balance score, 0-100 (higher is better balanced)."},
            new String[] {"Status", "Traffic light: green 75-100, amber 50-74, red 0-49; a red finding makes the week red, an amber one at most amber."},
            new String[] {"Main reason", "The most important finding of the week."},
            new String[] {"Suggested action", "The advice that goes with the main reason."},
            new String[] {"Check-in days (of 7)", "Days of the week with the athlete's own check-in: how much of the wellness came from the athlete."});

    static final int COL_SCORE = 15;
    static final int COL_STATUS = 16;
    /** Last, after the columns that were there before it, so that filters and formulas on a saved report still fit. */
    static final int COL_CHECK_IN_DAYS = 19;
    private static final int TREND_TABLE_FIRST_ROW = 30;
    private static final int FLAGGED_CHARTS = 6;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = 32_767;

    private final int rowWindow;

    public WeeklyReportWorkbook() {
        this(100);
    }

    /** @param rowWindow rows kept in memory per sheet while streaming */
    public WeeklyReportWorkbook(int rowWindow) {
        this.rowWindow = rowWindow;
    }

    public void write(ClubWeekReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(rowWindow);
        try {
            workbook.setCompressTempFiles(true);
            ReportStyles styles = new ReportStyles(workbook);
            summary(workbook.createSheet(SHEETS.get(0)), report, styles);
            athletes(workbook.createSheet(SHEETS.get(1)), report, styles);
            findings(workbook.createSheet(SHEETS.get(2)), report, styles);
            trends(workbook, workbook.createSheet(SHEETS.get(3)), report, styles);
            plan(workbook.createSheet(SHEETS.get(4)), report, styles);
            about(workbook.createSheet(SHEETS.get(5)), report, styles);
            properties(workbook, report);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void summary(SXSSFSheet sheet, ClubWeekReport report, ReportStyles styles) {
        Table t = new Table(sheet, styles);
        Row title = t.row();
        t.title(title, 0, "Weekly report: " + report.clubName(), styles.title);
        t.row();
        labelled(t, "Club", report.clubName(), styles);
        labelled(t, "Week", report.week() + " (" + weekSpan(report.week()) + ")", styles);
        labelled(t, "Time zone", report.timeZone().getId(), styles);
        Row generated = t.row();
        t.text(generated, 0, "Generated at", styles.label);
        t.date(generated, 1, LocalDateTime.ofInstant(report.generatedAt(), report.timeZone()), styles.dateTime);
        labelled(t, "Formula version", report.formulaVersion(), styles);
        List<AthleteLine> athletes = report.athletes();
        long provisional = athletes.stream().filter(AthleteLine::provisional).count();
        if (provisional > 0) {
            labelled(t, "Provisional scores", provisional + " (the week was not over when they were computed)", styles);
        }
        t.row();

        Row head = t.row();
        header(t, head, "Measure", "This week", "Last week", "Change");
        WeekTotals now = totals(report);
        WeekTotals before = report.previous();
        comparison(t, "Athletes scored", now.scored(), before == null ? null : (double) before.scored(), styles.integer, styles.difference, styles);
        comparison(t, "Green", now.green(), before == null ? null : (double) before.green(), styles.integer, styles.difference, styles);
        comparison(t, "Amber", now.amber(), before == null ? null : (double) before.amber(), styles.integer, styles.difference, styles);
        comparison(t, "Red", now.red(), before == null ? null : (double) before.red(), styles.integer, styles.difference, styles);
        comparison(t, "Average score", now.averageScore(), before == null ? null : before.averageScore(), styles.oneDecimal, styles.zScore, styles);
        comparison(t, "Average weekly load (AU)", now.averageLoad(), before == null ? null : before.averageLoad(), styles.load, styles.difference, styles);
        t.row();

        Row completenessHead = t.row();
        header(t, completenessHead, "Data completeness", "Value");
        double days = athletes.stream().mapToInt(a -> a.daysWithData() == null ? 0 : a.daysWithData()).sum();
        Row share = t.row();
        t.text(share, 0, "Days with data (share of all athlete-days)", styles.text);
        if (!athletes.isEmpty()) {
            t.number(share, 1, days / (7.0 * athletes.size()), styles.percent);
        }
        Row full = t.row();
        t.text(full, 0, "Athletes with data on all 7 days", styles.text);
        t.number(full, 1, athletes.stream().filter(a -> a.daysWithData() != null && a.daysWithData() >= 7).count(), styles.integer);
        Row none = t.row();
        t.text(none, 0, "Athletes with data on 3 days or fewer", styles.text);
        t.number(none, 1, athletes.stream().filter(a -> a.daysWithData() == null || a.daysWithData() <= 3).count(), styles.integer);
        // the athletes' own daily check-ins: how much of the week's wellness came from them
        double answered = athletes.stream().mapToInt(AthleteLine::checkInDays).sum();
        Row checkIns = t.row();
        t.text(checkIns, 0, "Days with the athlete's own check-in (share of all athlete-days)", styles.text);
        if (!athletes.isEmpty()) {
            t.number(checkIns, 1, answered / (7.0 * athletes.size()), styles.percent);
        }
        Row regular = t.row();
        t.text(regular, 0, "Athletes who checked in on 5 days or more", styles.text);
        t.number(regular, 1, athletes.stream().filter(a -> a.checkInDays() >= 5).count(), styles.integer);
        t.row();

        Row findingsHead = t.row();
        header(t, findingsHead, "Top findings", "Athletes", "Severity", "Example");
        for (RuleCount rule : topFindings(athletes, 8)) {
            Row row = t.row();
            t.text(row, 0, rule.ruleId, styles.text);
            t.number(row, 1, rule.athletes, styles.integer);
            t.text(row, 2, rule.severity, styles.text);
            t.text(row, 3, rule.example, styles.wrapped);
        }
        if (athletes.stream().allMatch(a -> a.findings().isEmpty())) {
            t.text(t.row(), 0, "No findings this week.", styles.text);
        }
        t.widths();
        sheet.setColumnWidth(0, 42 * 256);
        sheet.setColumnWidth(3, MAX_WIDTH * 256);
        print(sheet, report, false);
    }

    private static void labelled(Table t, String label, String value, ReportStyles styles) {
        Row row = t.row();
        t.text(row, 0, label, styles.label);
        t.text(row, 1, value, styles.text);
    }

    private static void comparison(Table t, String label, Number now, Double before, CellStyle style, CellStyle changeStyle,
                                   ReportStyles styles) {
        Row row = t.row();
        t.text(row, 0, label, styles.text);
        t.number(row, 1, now, style);
        t.number(row, 2, before, style);
        if (now != null && before != null) {
            t.number(row, 3, now.doubleValue() - before, changeStyle);
        }
    }

    private static void athletes(SXSSFSheet sheet, ClubWeekReport report, ReportStyles styles) {
        Table t = new Table(sheet, styles);
        Row head = t.row();
        header(t, head, ATHLETE_COLUMNS.stream().map(c -> c[0]).toArray(String[]::new));
        for (AthleteLine a : report.athletes()) {
            Row row = t.row();
            t.text(row, 0, a.memberId(), styles.text);
            t.text(row, 1, a.name(), styles.text);
            t.text(row, 2, a.level(), styles.text);
            t.number(row, 3, a.sessions(), styles.integer);
            t.number(row, 4, a.weeklyLoad(), styles.load);
            t.number(row, 5, a.loadChange(), styles.change);
            t.number(row, 6, a.acwrEwma(), styles.ratio);
            t.number(row, 7, a.monotony(), styles.ratio);
            t.number(row, 8, a.strain(), styles.load);
            t.number(row, 9, a.hardDays(), styles.integer);
            t.number(row, 10, a.restDays(), styles.integer);
            t.number(row, 11, a.strengthSessions(), styles.integer);
            t.number(row, 12, a.avgSleepHours(), styles.oneDecimal);
            t.number(row, 13, a.restingHrZ(), styles.zScore);
            t.number(row, 14, a.daysWithData(), styles.integer);
            t.number(row, COL_SCORE, a.score(), styles.integer);
            t.text(row, COL_STATUS, a.status().code(), styles.text);
            t.text(row, 17, a.mainReason(), styles.text);
            t.text(row, 18, a.suggestedAction(), styles.text);
            t.number(row, COL_CHECK_IN_DAYS, a.checkInDays(), styles.integer);
        }
        int last = Math.max(1, t.rowIndex - 1);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, ATHLETE_COLUMNS.size() - 1));
        trafficLights(sheet, last);
        t.widths();
        for (int col = 3; col <= COL_STATUS; col++) {
            sheet.setColumnWidth(col, Math.max(sheet.getColumnWidth(col), 11 * 256));
        }
        print(sheet, report, true);
    }

    /** Green, amber and red fills on the score and status cells, driven by the status text. */
    private static void trafficLights(Sheet sheet, int lastRow) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String status = "$" + CellReference.convertNumToColString(COL_STATUS) + "2";
        ConditionalFormattingRule red = fill(formatting.createConditionalFormattingRule(status + "=\"red\""), 0xF8, 0x69, 0x6B);
        ConditionalFormattingRule amber = fill(formatting.createConditionalFormattingRule(status + "=\"amber\""), 0xFF, 0xD9, 0x66);
        ConditionalFormattingRule green = fill(formatting.createConditionalFormattingRule(status + "=\"green\""), 0x63, 0xBE, 0x7B);
        CellRangeAddress[] cells = {new CellRangeAddress(1, lastRow, COL_SCORE, COL_STATUS)};
        formatting.addConditionalFormatting(cells, red, amber);
        formatting.addConditionalFormatting(cells, green);
    }

    private static ConditionalFormattingRule fill(ConditionalFormattingRule rule, int r, int g, int b) {
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, new DefaultIndexedColorMap()));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    private static void findings(SXSSFSheet sheet, ClubWeekReport report, ReportStyles styles) {
        Table t = new Table(sheet, styles);
        header(t, t.row(), "Member ID", "Name", "Status", "Rule", "Severity", "Finding", "Evidence", "Advice", "Strength of evidence");
        for (AthleteLine a : report.athletes()) {
            for (FindingLine f : a.findings()) {
                Row row = t.row();
                t.text(row, 0, a.memberId(), styles.text);
                t.text(row, 1, a.name(), styles.text);
                t.text(row, 2, a.status().code(), styles.text);
                t.text(row, 3, f.ruleId(), styles.text);
                t.text(row, 4, f.severity(), styles.text);
                t.text(row, 5, f.message(), styles.wrapped);
                t.text(row, 6, f.evidence(), styles.wrapped);
                t.text(row, 7, f.advice(), styles.wrapped);
                t.text(row, 8, f.evidenceStrength(), styles.wrapped);
            }
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, t.rowIndex - 1), 0, 8));
        t.widths();
        print(sheet, report, true);
    }

    /** Planned against done of the athletes with a plan that week (docs/scoring.md, "Planned against done"). */
    private static void plan(SXSSFSheet sheet, ClubWeekReport report, ReportStyles styles) {
        Table t = new Table(sheet, styles);
        header(t, t.row(), "Member ID", "Name", "Planned", "Done as planned", "Changed", "Missed", "Not yet", "Not planned",
                "What changed or was missed");
        if (report.plans().isEmpty()) {
            t.text(t.row(), 0, "No athlete had a plan for this week.", styles.text);
        }
        for (ClubWeekReport.PlanLine p : report.plans()) {
            Row row = t.row();
            t.text(row, 0, p.memberId(), styles.text);
            t.text(row, 1, p.name(), styles.text);
            t.number(row, 2, p.planned(), styles.integer);
            t.number(row, 3, p.asPlanned(), styles.integer);
            t.number(row, 4, p.changed(), styles.integer);
            t.number(row, 5, p.missed(), styles.integer);
            t.number(row, 6, p.pending(), styles.integer);
            t.number(row, 7, p.unplanned(), styles.integer);
            t.text(row, 8, p.changes(), styles.wrapped);
        }
        sheet.createFreezePane(2, 1);
        t.widths();
        print(sheet, report, true);
    }

    private static void trends(SXSSFWorkbook workbook, SXSSFSheet sheet, ClubWeekReport report, ReportStyles styles) {
        Table t = new Table(sheet, styles);
        List<String> weeks = report.trendWeeks();
        t.title(t.row(), 0, "Club average, last " + weeks.size() + " weeks", styles.title);
        header(t, t.row(), "Week", "Athletes scored", "Average load (AU)", "Average score");
        int firstPoint = t.rowIndex;
        for (TrendPoint p : report.clubTrend()) {
            Row row = t.row();
            t.text(row, 0, p.week(), styles.text);
            t.number(row, 1, p.scored(), styles.integer);
            t.number(row, 2, p.averageLoad(), styles.load);
            t.number(row, 3, p.averageScore(), styles.oneDecimal);
        }
        int lastPoint = t.rowIndex - 1;

        while (t.rowIndex < TREND_TABLE_FIRST_ROW) {
            t.row();
        }
        t.title(t.row(), 0, "Per athlete: weekly load (AU) and score, worst first", styles.title);
        List<String> head = new ArrayList<>(List.of("Member ID", "Name", "Status"));
        weeks.forEach(w -> head.add(w + " load"));
        weeks.forEach(w -> head.add(w + " score"));
        header(t, t.row(), head.toArray(String[]::new));
        int firstAthleteRow = t.rowIndex;
        for (AthleteLine a : report.athletes()) {
            Row row = t.row();
            t.text(row, 0, a.memberId(), styles.text);
            t.text(row, 1, a.name(), styles.text);
            t.text(row, 2, a.status().code(), styles.text);
            for (int i = 0; i < weeks.size(); i++) {
                t.number(row, 3 + i, a.trendLoads().get(i), styles.load);
                t.number(row, 3 + weeks.size() + i, a.trendScores().get(i), styles.integer);
            }
        }
        t.widths();

        // Charts live in the drawing part, which the streamed sheet shares with its underlying XSSF sheet.
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        String[] categories = weeks.toArray(String[]::new);
        if (!report.clubTrend().isEmpty()) {
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 5, 0, 14, 20));
            chart.setTitleText("Club average load and score");
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(categories, range(sheet, firstPoint, firstPoint + weeks.size() - 1, 0));
            Double[] loads = report.clubTrend().stream().map(TrendPoint::averageLoad).toArray(Double[]::new);
            Double[] scores = report.clubTrend().stream().map(TrendPoint::averageScore).toArray(Double[]::new);
            twoAxisLines(chart, x,
                    XDDFDataSourcesFactory.fromArray(loads, range(sheet, firstPoint, lastPoint, 2)), "Average load (AU)",
                    XDDFDataSourcesFactory.fromArray(scores, range(sheet, firstPoint, lastPoint, 3)), "Average score");
        }
        // The week column of the club table holds the categories of every chart on the sheet.
        String weekCells = range(sheet, firstPoint, firstPoint + weeks.size() - 1, 0);
        List<AthleteLine> flagged = report.athletes().stream().filter(a -> a.status() == ScoreStatus.RED).limit(FLAGGED_CHARTS).toList();
        for (int i = 0; i < flagged.size(); i++) {
            AthleteLine a = flagged.get(i);
            int col = 15 + (i % 2) * 7;
            int row = (i / 2) * 10;
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 7, row + 10));
            chart.setTitleText(clean(a.name()) + ": score");
            chart.setTitleOverlay(false);
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setMinimum(0);
            left.setMaximum(100);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
            int athleteRow = firstAthleteRow + report.athletes().indexOf(a);
            Integer[] scores = a.trendScores().toArray(Integer[]::new);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
                    XDDFDataSourcesFactory.fromArray(categories, weekCells),
                    XDDFDataSourcesFactory.fromArray(scores, range(sheet, athleteRow, athleteRow, 3 + weeks.size(), 2 + 2 * weeks.size())));
            series.setTitle("Score", null);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            chart.plot(data);
        }
        print(sheet, report, false);
    }

    private static void twoAxisLines(XSSFChart chart, XDDFCategoryDataSource x, XDDFNumericalDataSource<Double> first, String firstTitle,
                                     XDDFNumericalDataSource<Double> second, String secondTitle) {
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(firstTitle);
        left.crossAxis(bottom);
        bottom.crossAxis(left);
        XDDFLineChartData loads = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFLineChartData.Series loadSeries = (XDDFLineChartData.Series) loads.addSeries(x, first);
        loadSeries.setTitle(firstTitle, null);
        loadSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(loads);

        XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
        hidden.setVisible(false);
        XDDFValueAxis right = chart.createValueAxis(AxisPosition.RIGHT);
        right.setTitle(secondTitle);
        right.setMinimum(0);
        right.setMaximum(100);
        right.setCrosses(AxisCrosses.MAX);
        hidden.crossAxis(right);
        right.crossAxis(hidden);
        XDDFLineChartData scores = (XDDFLineChartData) chart.createData(ChartTypes.LINE, hidden, right);
        XDDFLineChartData.Series scoreSeries = (XDDFLineChartData.Series) scores.addSeries(x, second);
        scoreSeries.setTitle(secondTitle, null);
        scoreSeries.setMarkerStyle(MarkerStyle.SQUARE);
        chart.plot(scores);
    }

    private static String range(Sheet sheet, int firstRow, int lastRow, int col) {
        return range(sheet, firstRow, lastRow, col, col);
    }

    private static String range(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        return new CellRangeAddress(firstRow, lastRow, firstCol, lastCol).formatAsString(sheet.getSheetName(), true);
    }

    private static void about(SXSSFSheet sheet, ClubWeekReport report, ReportStyles styles) {
        Table t = new Table(sheet, styles);
        t.title(t.row(), 0, "About this report", styles.title);
        t.row();
        Row version = t.row();
        t.text(version, 0, "Formula version", styles.label);
        t.text(version, 1, report.formulaVersion(), styles.text);
        t.row();
        t.text(t.row(), 0, "How the score is computed", styles.label);
        for (String line : List.of(
                "Every athlete's week is scored from 100 down: each coaching rule that fires costs points up to the rule's maximum,"
                        + " and fatigue running well ahead of fitness (TSB / CTL below -0.10) costs up to 15 more.",
                "A red finding (pain, burnout signs, very short sleep) makes the week red whatever the load says;"
                        + " an amber finding makes it at most amber. Advice alone never changes the status.",
                "Status bands: green 75-100, amber 50-74, red 0-49.",
                "Days are local dates in the athlete's or club's time zone. Missing data is not rest: a day without a record"
                        + " is judged only from the days around it.",
                "The score is a coaching aid for load versus rest. It is not an injury probability.",
                "Provisional scores were computed before the week was over and may change.",
                "Plan: each planned session done as planned, changed (another type; minutes off by more than 20% of the plan"
                        + " and at least 10 minutes; RPE off by more than 1) or missed; not yet while its day has not passed;"
                        + " and sessions done without a plan.")) {
            t.text(t.row(), 0, line, styles.wrapped);
        }
        t.row();
        header(t, t.row(), "Column (Athletes sheet)", "Meaning");
        for (String[] column : ATHLETE_COLUMNS) {
            Row row = t.row();
            t.text(row, 0, column[0], styles.text);
            t.text(row, 1, column[1], styles.wrapped);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        print(sheet, report, false);
    }

    private static void header(Table t, Row row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            t.text(row, i, titles[i], t.styles.header);
        }
    }

    private static void print(Sheet sheet, ClubWeekReport report, boolean repeatHeader) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getHeader().setLeft(headerText(report.clubName()));
        sheet.getHeader().setRight(report.week());
        sheet.getFooter().setLeft("Loadwise weekly report");
        sheet.getFooter().setRight("Page &P of &N");
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /** Header text with the ampersand, the header's control character, escaped. */
    private static String headerText(String text) {
        String plain = clean(text);
        return plain.length() > 100 ? plain.substring(0, 100).replace("&", "&&") : plain.replace("&", "&&");
    }

    private static void properties(SXSSFWorkbook workbook, ClubWeekReport report) {
        POIXMLProperties props = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(clean("Weekly report " + report.week() + ": " + report.clubName()));
        core.setSubjectProperty("Training load and recovery, week " + report.week());
        core.setCreator("Loadwise");
        core.setKeywords("Loadwise, weekly report, " + report.week());
        core.setDescription("Balance scores, figures and findings of the club's athletes; formula " + report.formulaVersion() + ".");
        core.setCreated(Optional.of(Date.from(report.generatedAt())));
        props.getExtendedProperties().getUnderlyingProperties().setApplication("Loadwise");
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty("Club id", String.valueOf(report.clubId()));
        custom.addProperty("ISO week", report.week());
        custom.addProperty("Formula version", report.formulaVersion());
    }

    static WeekTotals totals(ClubWeekReport report) {
        List<AthleteLine> athletes = report.athletes();
        long green = athletes.stream().filter(a -> a.status() == ScoreStatus.GREEN).count();
        long amber = athletes.stream().filter(a -> a.status() == ScoreStatus.AMBER).count();
        long red = athletes.stream().filter(a -> a.status() == ScoreStatus.RED).count();
        Double score = athletes.isEmpty() ? null : athletes.stream().mapToInt(AthleteLine::score).average().orElse(0);
        Double load = athletes.stream().filter(a -> a.weeklyLoad() != null).mapToDouble(AthleteLine::weeklyLoad).average().stream()
                .boxed().findFirst().orElse(null);
        return new WeekTotals(report.week(), athletes.size(), green, amber, red, score, load);
    }

    /** Rules by the number of athletes they fired for, most first. */
    static List<RuleCount> topFindings(List<AthleteLine> athletes, int limit) {
        Map<String, RuleCount> byRule = new LinkedHashMap<>();
        for (AthleteLine a : athletes) {
            a.findings().stream().map(FindingLine::ruleId).distinct().forEach(rule -> {
                FindingLine first = a.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
                RuleCount count = byRule.computeIfAbsent(rule, r -> new RuleCount(r, first.severity(), first.message()));
                count.athletes++;
                if (rank(first.severity()) > rank(count.severity)) {
                    count.severity = first.severity();
                }
            });
        }
        return byRule.values().stream()
                .sorted((a, b) -> a.athletes != b.athletes ? Integer.compare(b.athletes, a.athletes) : a.ruleId.compareTo(b.ruleId))
                .limit(limit).toList();
    }

    private static int rank(String severity) {
        return switch (severity == null ? "" : severity.toLowerCase(Locale.ROOT)) {
            case "red" -> 3;
            case "amber" -> 2;
            case "advice" -> 1;
            default -> 0;
        };
    }

    static final class RuleCount {
        final String ruleId;
        String severity;
        final String example;
        int athletes;

        RuleCount(String ruleId, String severity, String example) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.example = example;
        }
    }

    private static String weekSpan(String isoWeek) {
        IsoWeek week = IsoWeek.parse(isoWeek);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
        return week.monday().format(format) + " to " + week.sunday().format(format);
    }

    /** Text that a cell can hold: XML-illegal control characters removed, at most 32,767 characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    }
                    continue;
                }
                out.append(c);
            }
        }
        return out.length() > MAX_TEXT ? out.substring(0, MAX_TEXT) : out.toString();
    }

    /** Writes rows one after another and remembers how wide each column's content is. */
    private static final class Table {
        private final Sheet sheet;
        private final int[] widths = new int[64];
        final ReportStyles styles;
        int rowIndex;

        Table(Sheet sheet, ReportStyles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        Row row() {
            return sheet.createRow(rowIndex++);
        }

        /** A title: spills over the next cells, so it does not widen its column. */
        void title(Row row, int col, String value, CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellValue(clean(value));
            cell.setCellStyle(style);
        }

        void text(Row row, int col, String value, CellStyle style) {
            if (value == null) {
                return;
            }
            String text = clean(value);
            Cell cell = row.createCell(col);
            cell.setCellValue(text);
            cell.setCellStyle(style);
            width(col, text.length());
        }

        void number(Row row, int col, Number value, CellStyle style) {
            if (value == null || value instanceof Double d && !Double.isFinite(d)) {
                return;
            }
            Cell cell = row.createCell(col);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
            width(col, 8);
        }

        void date(Row row, int col, LocalDateTime value, CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            width(col, 16);
        }

        private void width(int col, int chars) {
            if (col < widths.length) {
                widths[col] = Math.max(widths[col], chars);
            }
        }

        void widths() {
            for (int col = 0; col < widths.length; col++) {
                if (widths[col] > 0) {
                    sheet.setColumnWidth(col, Math.min(MAX_WIDTH, widths[col] + 2) * 256);
                }
            }
        }
    }
}
