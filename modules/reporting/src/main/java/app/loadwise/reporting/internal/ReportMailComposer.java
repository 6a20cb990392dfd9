package app.loadwise.reporting.internal;

import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.reporting.ClubWeekReport.AthleteLine;
import app.loadwise.reporting.ClubWeekReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the report email: the week's summary and flagged athletes as HTML and plain text, the workbook attached. */
public final class ReportMailComposer {

    /** Flagged athletes listed in the body; the workbook has them all. */
    static final int LISTED = 50;

    public ReportMail compose(ClubWeekReport report, List<String> to, String fileName) {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try {
            new WeeklyReportWorkbook().write(report, workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var totals = WeeklyReportWorkbook.totals(report);
        List<AthleteLine> flagged = report.athletes().stream().filter(a -> a.status() != ScoreStatus.GREEN).toList();
        String subject = "Loadwise weekly report " + report.week() + ": " + oneLine(report.clubName());
        String counts = totals.scored() + " athletes scored: " + totals.green() + " green, " + totals.amber() + " amber, "
                + totals.red() + " red.";

        StringBuilder text = new StringBuilder();
        text.append("Weekly report for ").append(oneLine(report.clubName())).append(", week ").append(report.week()).append("\n\n");
        text.append(counts).append("\n\n");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<h2>Weekly report for ").append(escape(report.clubName())).append(", week ").append(report.week()).append("</h2>");
        html.append("<p>").append(escape(counts)).append("</p>");
        if (flagged.isEmpty()) {
            text.append("No athlete is flagged this week.\n");
            html.append("<p>No athlete is flagged this week.</p>");
        } else {
            text.append("Flagged athletes (worst first):\n");
            html.append("<h3>Flagged athletes (worst first)</h3><table cellpadding=\"4\" style=\"border-collapse:collapse\">")
                    .append("<tr><th align=\"left\">Athlete</th><th>Score</th><th>Status</th><th align=\"left\">Main reason</th>")
                    .append("<th align=\"left\">Suggested action</th></tr>");
            for (AthleteLine a : flagged.subList(0, Math.min(LISTED, flagged.size()))) {
                text.append("- ").append(oneLine(a.name())).append(" (").append(oneLine(a.memberId())).append("): ")
                        .append(a.score()).append(", ").append(a.status().code());
                if (a.mainReason() != null) {
                    text.append(": ").append(oneLine(a.mainReason()));
                }
                if (a.suggestedAction() != null) {
                    text.append(" -> ").append(oneLine(a.suggestedAction()));
                }
                text.append('\n');
                String colour = a.status() == ScoreStatus.RED ? "#F8696B" : "#FFD966";
                html.append("<tr><td>").append(escape(a.name())).append("</td><td align=\"center\">").append(a.score())
                        .append("</td><td align=\"center\" style=\"background:").append(colour).append("\">")
                        .append(escape(a.status().code()))
                        .append("</td><td>").append(escape(a.mainReason())).append("</td><td>").append(escape(a.suggestedAction()))
                        .append("</td></tr>");
            }
            html.append("</table>");
            if (flagged.size() > LISTED) {
                String more = "and " + (flagged.size() - LISTED) + " more in the attached workbook.";
                text.append(more).append('\n');
                html.append("<p>").append(more).append("</p>");
            }
        }
        String footer = "The attached workbook has every athlete's figures, findings and trends. Scores are a coaching aid for"
                + " load versus rest, not an injury probability (formula " + report.formulaVersion() + ").";
        text.append('\n').append(footer).append('\n');
        html.append("<p style=\"color:#666\">").append(escape(footer)).append("</p></body></html>");
        return new ReportMail(to, subject, html.toString(), text.toString(), fileName, WeeklyReportWorkbook.CONTENT_TYPE,
                workbook.toByteArray());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
