package app.loadwise.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.reporting.ClubWeekReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WeeklyReportWorkbookTest {

    private static XSSFWorkbook written(ClubWeekReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WeeklyReportWorkbook().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(col);
        return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }

    @Test
    void hasTheSixSheetsInOrder() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Athletes", "Findings", "Trends", "Plan", "About");
        }
    }

    @Test
    void planSheetListsPlannedAgainstDoneOfTheAthletesWithAPlan() throws IOException {
        ClubWeekReport base = ReportFixtures.smallClub();
        ClubWeekReport report = new ClubWeekReport(base.clubId(), base.clubName(), base.timeZone(), base.week(),
                base.formulaVersion(), base.generatedAt(), base.athletes(), base.trendWeeks(), base.clubTrend(), base.previous(),
                List.of(new ClubWeekReport.PlanLine(150, "RH-001", "Ada Okafor", 6, 3, 2, 1, 0, 1,
                        "Tue tempo: type tempo -> easy; Wed easy: minutes 60 -> 40; Sat strength: missed")));
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet plan = workbook.getSheet("Plan");
            assertThat(text(plan, 0, 3)).isEqualTo("Done as planned");
            assertThat(text(plan, 1, 0)).isEqualTo("RH-001");
            assertThat(text(plan, 1, 1)).isEqualTo("Ada Okafor");
            assertThat(List.of(2, 3, 4, 5, 6, 7).stream().map(c -> plan.getRow(1).getCell(c).getNumericCellValue()).toList())
                    .containsExactly(6.0, 3.0, 2.0, 1.0, 0.0, 1.0);
            assertThat(text(plan, 1, 8)).isEqualTo("Tue tempo: type tempo -> easy; Wed easy: minutes 60 -> 40; Sat strength: missed");
        }
        try (XSSFWorkbook workbook = written(base)) {
            assertThat(text(workbook.getSheet("Plan"), 1, 0)).isEqualTo("No athlete had a plan for this week.");
        }
    }

    @Test
    void summaryShowsTheWeekCountsAndChangeAgainstLastWeek() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, 0, 0)).isEqualTo("Weekly report: Riverside Harriers");
            assertThat(rowLabelled(summary, "Week")).startsWith("2026-W47 (Mon 16 Nov 2026 to Sun 22 Nov 2026)");
            assertThat(rowLabelled(summary, "Generated at")).isEqualTo("2026-11-23 06:00");
            int scored = rowIndex(summary, "Athletes scored");
            assertThat(summary.getRow(scored).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(scored).getCell(2).getNumericCellValue()).isEqualTo(3);
            int red = rowIndex(summary, "Red");
            assertThat(summary.getRow(red).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(text(summary, red, 3)).isEqualTo("+1");
            int average = rowIndex(summary, "Average score");
            assertThat(summary.getRow(average).getCell(1).getNumericCellValue()).isCloseTo(62.67, org.assertj.core.data.Offset.offset(0.01));
            assertThat(text(summary, average, 3)).isEqualTo("-8.8");
            int top = rowIndex(summary, "Top findings");
            assertThat(text(summary, top + 1, 0)).isEqualTo("acwr-spike");
            assertThat(rowIndex(summary, "Days with data (share of all athlete-days)")).isPositive();
        }
    }

    @Test
    void athletesAreWorstFirstWithNumberFormatsFrozenHeaderAndFilter() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            XSSFSheet athletes = workbook.getSheet("Athletes");
            assertThat(text(athletes, 0, 15)).isEqualTo("Score");
            assertThat(text(athletes, 1, 0)).isEqualTo("RH-001");
            assertThat(text(athletes, 2, 0)).isEqualTo("RH-002");
            assertThat(text(athletes, 3, 16)).isEqualTo("green");
            assertThat(athletes.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(text(athletes, 1, 4)).isEqualTo("2,140");
            assertThat(text(athletes, 1, 5)).isEqualTo("+25%");
            assertThat(text(athletes, 1, 6)).isEqualTo("1.31");
            assertThat(text(athletes, 1, 13)).isEqualTo("+1.4");
            assertThat(text(athletes, 1, 17)).isEqualTo("Sharp left Achilles pain reported on 2026-11-18");
            assertThat(text(athletes, 1, 18)).isEqualTo("Stop running until assessed by a physio");
            assertThat(athletes.getRow(3).getCell(4)).as("figures that could not be computed stay blank").isNull();
            PaneInformation pane = athletes.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(athletes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T4");
            assertThat(athletes.getColumnWidth(1)).isGreaterThan(20 * 256);
        }
    }

    @Test
    void statusHasTrafficLightConditionalFormatting() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            var formatting = workbook.getSheet("Athletes").getSheetConditionalFormatting();
            List<String> formulas = new ArrayList<>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                ConditionalFormatting cf = formatting.getConditionalFormattingAt(i);
                assertThat(cf.getFormattingRanges()[0].formatAsString()).isEqualTo("P2:Q4");
                for (int r = 0; r < cf.getNumberOfRules(); r++) {
                    formulas.add(cf.getRule(r).getFormula1());
                    assertThat(cf.getRule(r).getPatternFormatting().getFillBackgroundColorColor()).isNotNull();
                }
            }
            assertThat(formulas).containsExactlyInAnyOrder("$Q2=\"red\"", "$Q2=\"amber\"", "$Q2=\"green\"");
        }
    }

    @Test
    void userTextIsWrittenAsTextNeverAsFormula() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            Cell name = workbook.getSheet("Athletes").getRow(1).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"Ada\")");
            assertThat(workbook.getSheet("Athletes").getRow(2).getCell(1).getStringCellValue())
                    .as("control characters are dropped").isEqualTo("Ben & Jerry's Runner");
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void findingsListEveryFindingWithEvidenceAndAdvice() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(text(findings, 0, 8)).isEqualTo("Strength of evidence");
            assertThat(findings.getLastRowNum()).isEqualTo(3);
            assertThat(text(findings, 1, 3)).isEqualTo("pain");
            assertThat(text(findings, 2, 3)).isEqualTo("buffer-day");
            assertThat(text(findings, 2, 6)).isEqualTo("dates 2026-11-17, 2026-11-18");
            assertThat(text(findings, 3, 7)).isEqualTo("Hold the load this week");
            assertThat(text(findings, 3, 8)).isEqualTo("weak and disputed");
            assertThat(findings.getRow(1).getCell(5).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void trendsHaveTwelveWeeksAndLineCharts() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            XSSFSheet trends = workbook.getSheet("Trends");
            assertThat(text(trends, 2, 0)).isEqualTo("2026-W36");
            assertThat(text(trends, 13, 0)).isEqualTo("2026-W47");
            assertThat(text(trends, 13, 2)).isEqualTo("2,240");
            assertThat(text(trends, 31, 3)).isEqualTo("2026-W36 load");
            assertThat(text(trends, 31, 26)).isEqualTo("2026-W47 score");
            assertThat(text(trends, 32, 0)).isEqualTo("RH-001");
            assertThat(trends.getRow(32).getCell(6)).as("an unscored week is blank").isNull();
            List<XSSFChart> charts = trends.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            XSSFChart club = charts.get(0);
            assertThat(club.getTitleText().getString()).isEqualTo("Club average load and score");
            assertThat(club.getChartSeries()).hasSize(2);
            assertThat(club.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Trends!$C$3:$C$14");
            assertThat(club.getChartSeries().get(1).getSeries(0).getValuesData().getPointAt(11)).isEqualTo(69.0);
            assertThat(club.getAxes()).hasSize(4);
            assertThat(charts.get(1).getTitleText().getString()).startsWith("=HYPERLINK");
            var athleteSeries = charts.get(1).getChartSeries().get(0).getSeries(0);
            assertThat(athleteSeries.getCategoryData().getDataRangeReference()).isEqualTo("Trends!$A$3:$A$14");
            assertThat(athleteSeries.getValuesData().getDataRangeReference()).isEqualTo("Trends!$P$33:$AA$33");
            // Twelve weeks; the unscored one has no cached point, so POI reads back eleven values, the last this week's 38.
            assertThat(athleteSeries.getValuesData().getPointCount()).isEqualTo(12);
            assertThat(athleteSeries.getValuesData().getPointAt(10).doubleValue()).isEqualTo(38.0);
        }
    }

    @Test
    void aboutExplainsEveryColumnAndTheFormulaVersion() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            XSSFSheet about = workbook.getSheet("About");
            assertThat(rowLabelled(about, "Formula version")).isEqualTo("2026.1");
            for (String[] column : WeeklyReportWorkbook.ATHLETE_COLUMNS) {
                assertThat(rowIndex(about, column[0])).as(column[0]).isPositive();
            }
        }
    }

    @Test
    void printsLandscapeFitToWidthAndCarriesDocumentProperties() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.smallClub())) {
            for (var sheet : workbook) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getHeader().getLeft()).isEqualTo("Riverside Harriers");
            }
            assertThat(workbook.getSheet("Athletes").getRepeatingRows().formatAsString()).isEqualTo("1:1");
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Weekly report 2026-W47: Riverside Harriers");
            assertThat(core.getCreator()).isEqualTo("Loadwise");
            assertThat(workbook.getProperties().getCustomProperties().getProperty("ISO week").getLpwstr()).isEqualTo("2026-W47");
        }
    }

    @Test
    void chartsAtMostSixFlaggedAthletesInALargeClub() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixtures.club(300))) {
            assertThat(workbook.getSheet("Athletes").getLastRowNum()).isEqualTo(300);
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(150);
            assertThat(workbook.getSheet("Trends").getDrawingPatriarch().getCharts()).hasSize(7);
        }
    }

    @Test
    void theSummaryShowsHowMuchOfTheWeekCameFromTheAthletesOwnCheckIns() throws IOException {
        ClubWeekReport base = ReportFixtures.smallClub();
        int[] answered = {7, 5, 4, 0, 2, 6};
        List<ClubWeekReport.AthleteLine> lines = new ArrayList<>();
        int total = 0;
        int regular = 0;
        for (int i = 0; i < base.athletes().size(); i++) {
            ClubWeekReport.AthleteLine a = base.athletes().get(i);
            int days = answered[i % answered.length];
            total += days;
            regular += days >= 5 ? 1 : 0;
            lines.add(new ClubWeekReport.AthleteLine(a.athleteId(), a.memberId(), a.name(), a.level(), a.sessions(), a.weeklyLoad(),
                    a.loadChange(), a.acwrEwma(), a.monotony(), a.strain(), a.hardDays(), a.restDays(), a.strengthSessions(),
                    a.avgSleepHours(), a.restingHrZ(), a.daysWithData(), a.score(), a.status(), a.provisional(), a.findings(),
                    a.trendLoads(), a.trendScores(), days));
        }
        ClubWeekReport report = new ClubWeekReport(base.clubId(), base.clubName(), base.timeZone(), base.week(),
                base.formulaVersion(), base.generatedAt(), lines, base.trendWeeks(), base.clubTrend(), base.previous(), List.of());
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            int share = rowIndex(summary, "Days with the athlete's own check-in (share of all athlete-days)");
            assertThat(share).as("the check-in line sits with the data completeness")
                    .isGreaterThan(rowIndex(summary, "Days with data (share of all athlete-days)"));
            assertThat(summary.getRow(share).getCell(1).getNumericCellValue())
                    .isCloseTo(total / (7.0 * lines.size()), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(text(summary, share, 1)).endsWith("%");
            assertThat(rowLabelled(summary, "Athletes who checked in on 5 days or more")).isEqualTo(String.valueOf(regular));
            // and each athlete's own days, last on the Athletes sheet
            XSSFSheet athletes = workbook.getSheet("Athletes");
            assertThat(text(athletes, 0, 19)).isEqualTo("Check-in days (of 7)");
            List<Integer> shown = new ArrayList<>();
            for (int row = 1; row <= lines.size(); row++) {
                Cell days = athletes.getRow(row).getCell(19);
                assertThat(days.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(days.getCellStyle().getDataFormatString()).isEqualTo("0");
                shown.add((int) days.getNumericCellValue());
            }
            assertThat(shown).isEqualTo(lines.stream().map(ClubWeekReport.AthleteLine::checkInDays).toList());
            assertThat(text(athletes, 0, 15)).as("the columns before it stay where they were").isEqualTo("Score");
        }
        try (XSSFWorkbook workbook = written(base)) {
            assertThat(rowLabelled(workbook.getSheet("Summary"), "Athletes who checked in on 5 days or more")).isEqualTo("0");
            assertThat(text(workbook.getSheet("Athletes"), 1, 19)).as("no check-in is 0 days, not blank").isEqualTo("0");
        }
    }

    private static int rowIndex(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    private static String rowLabelled(XSSFSheet sheet, String label) {
        int row = rowIndex(sheet, label);
        assertThat(row).as(label).isPositive();
        return text(sheet, row, 1);
    }
}
