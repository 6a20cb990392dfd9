package app.loadwise.recovery.engine;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Any tendon, joint or bone pain, or pain that is sharp, nagging or keeps coming back, reported in the week is red,
 * whatever the load says: a session's pain flag, a pain score from the threshold, or a session's pain location or
 * notes, or a wellness pain note, that {@link PainText} reads as a pain report (negations and muscle soreness or
 * tightness are not). The evidence quotes the words that made it.
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
        List<String> quotes = null;
        StringBuilder reports = null;
        for (int d = c.monday; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                int painScore = c.painScore(i);
                String location = c.painLocation(i);
                String notes = c.notes(i);
                boolean scored = painScore != TrainingSession.NOT_RECORDED && painScore >= p.minPainScore();
                List<String> locationWords = PainText.read(location, p.keywords());
                List<String> noteWords = PainText.read(notes, p.keywords());
                if (!c.pain(i) && !scored && locationWords.isEmpty() && noteWords.isEmpty()) {
                    continue;
                }
                if (dates == null) {
                    dates = new ArrayList<>(2);
                    ids = new ArrayList<>(2);
                    values = new ArrayList<>(2);
                    quotes = new ArrayList<>(4);
                    reports = new StringBuilder();
                }
                if (!dates.contains(c.date(d))) {
                    dates.add(c.date(d));
                }
                ids.add(c.id(i));
                if (painScore != TrainingSession.NOT_RECORDED) {
                    values.add(new Measure("pain score (" + c.id(i) + ")", painScore, "/10"));
                }
                addAll(quotes, locationWords);
                addAll(quotes, noteWords);
                appendReport(reports, c.dayText(d) + ", " + c.sessionText(i)
                        + (location != null && !location.isBlank() ? ": " + location.trim() : "")
                        + (painScore != TrainingSession.NOT_RECORDED ? " (pain " + painScore + "/10)" : "")
                        + (noteWords.isEmpty() ? "" : ", notes " + quote(notes, noteWords)));
            }
            String note = c.weekPainNote(d);
            List<String> words = PainText.read(note, p.keywords());
            if (!words.isEmpty()) {
                if (dates == null) {
                    dates = new ArrayList<>(2);
                    ids = new ArrayList<>(2);
                    values = new ArrayList<>(2);
                    quotes = new ArrayList<>(4);
                    reports = new StringBuilder();
                }
                if (!dates.contains(c.date(d))) {
                    dates.add(c.date(d));
                }
                addAll(quotes, words);
                appendReport(reports, c.dayText(d) + ", wellness note " + quote(note, words));
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
                        List.of(new Measure("pain score from", p.minPainScore(), "/10")), quotes)));
    }

    /** The note in quotes and the words that made it a report: "nagging pain again" (nagging, pain, again). */
    private static String quote(String text, List<String> words) {
        return "\"" + text.trim() + "\" (" + String.join(", ", words) + ")";
    }

    private static void addAll(List<String> into, List<String> words) {
        for (String w : words) {
            if (!into.contains(w)) {
                into.add(w);
            }
        }
    }

    private static void appendReport(StringBuilder sb, String report) {
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(report);
    }
}
