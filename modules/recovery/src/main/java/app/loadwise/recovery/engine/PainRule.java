package app.loadwise.recovery.engine;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Any sharp or nagging pain report in the week is red, whatever the load says: a pain flag, a pain score from
 * the threshold, or a session location or wellness note naming a tendon, joint or bone (or "sharp", "nagging").
 * Muscle soreness alone is not a pain report.
 */
final class PainRule implements CoachingRule {

    @Override
    public RuleId id() {
        return RuleId.PAIN;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        LevelRules.Pain p = c.rules.pain();
        List<LocalDate> dates = null;
        List<String> ids = null;
        List<Measure> values = null;
        StringBuilder reports = null;
        for (int d = c.monday; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                int painScore = c.painScore(i);
                String location = c.painLocation(i);
                boolean scored = painScore != TrainingSession.NOT_RECORDED && painScore >= p.minPainScore();
                boolean located = mentions(location, p.keywords());
                if (!c.pain(i) && !scored && !located) {
                    continue;
                }
                if (dates == null) {
                    dates = new ArrayList<>(2);
                    ids = new ArrayList<>(2);
                    values = new ArrayList<>(2);
                    reports = new StringBuilder();
                }
                if (!dates.contains(c.date(d))) {
                    dates.add(c.date(d));
                }
                ids.add(c.id(i));
                if (painScore != TrainingSession.NOT_RECORDED) {
                    values.add(new Measure("pain score (" + c.id(i) + ")", painScore, "0-10"));
                }
                appendReport(reports, c.dayText(d) + ", " + c.sessionText(i)
                        + (location != null && !location.isBlank() ? ": " + location.trim() : "")
                        + (painScore != TrainingSession.NOT_RECORDED ? " (pain " + painScore + "/10)" : ""));
            }
            String note = c.weekPainNote(d);
            if (mentions(note, p.keywords())) {
                if (dates == null) {
                    dates = new ArrayList<>(2);
                    ids = new ArrayList<>(2);
                    values = new ArrayList<>(2);
                    reports = new StringBuilder();
                }
                if (!dates.contains(c.date(d))) {
                    dates.add(c.date(d));
                }
                appendReport(reports, c.dayText(d) + ", wellness note: " + note.trim());
            }
        }
        if (dates == null) {
            return;
        }
        out.add(new Finding(id(), Severity.RED,
                "Pain reported: " + reports + ".",
                "Back off: no hard running until the pain is checked. Replace runs with pain-free cross-training "
                        + "and see a physiotherapist or doctor if it persists or is sharp.",
                new Evidence(dates, ids, values,
                        List.of(new Measure("pain score from", p.minPainScore(), "0-10")))));
    }

    private static void appendReport(StringBuilder sb, String report) {
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(report);
    }

    /** Whether text names any keyword, ignoring case; no regex, no lower-casing copies. */
    static boolean mentions(String text, List<String> keywords) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int k = 0, n = keywords.size(); k < n; k++) {
            String kw = keywords.get(k);
            int len = kw.length();
            for (int at = 0, end = text.length() - len; at <= end; at++) {
                if (text.regionMatches(true, at, kw, 0, len)) {
                    return true;
                }
            }
        }
        return false;
    }
}
