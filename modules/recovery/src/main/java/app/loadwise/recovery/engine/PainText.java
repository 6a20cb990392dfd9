package app.loadwise.recovery.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a pain report out of free English text (a session's pain location or notes, a wellness pain note), clause by
 * clause. What a clause needs depends on the {@link Field}: in a session's pain location a bare keyword is enough
 * ("left knee", "sharp"); in notes, which also carry exercises and how the run went, a place (a tendon, joint or bone
 * keyword) needs a symptom word ("hurts", "sore", "tender", "stiff", "swollen"...) or a back-off word ("sharp",
 * "nagging") in the same clause ("left Achilles, sore on stairs": or in the next, when the place stands alone), and a
 * back-off word needs a pain word ("sharp pain"); a wellness pain note that only names a place ("left knee") answers
 * "any pain? where?" and is a report. Everywhere, a pain word ("pain", "hurts", "aches", "niggle") together with a
 * sign that it comes back ("again", "keeps coming back", "still") is a report. A negation reaches only nearby words
 * of its clause: "no", "not", "without", "never", "zero" up to {@value #NEGATION_REACH} words before the place or
 * pain word ("no achilles pain today"), "free", "fine", "ok", "good", "gone" up to {@value #NEGATION_REACH} words
 * after it ("knee pain-free"), so "achilles pain not improving" and "knee pain so I didn't finish" are reports. A
 * keyword inside a muscle phrase ("hip flexors") or an exercise ("high knees", "heel raises", "hip thrusts") does
 * not count: muscle soreness and tightness ("tight hamstrings", "sore quads", "DOMS") are normal in training and
 * never a report. Plain string work, no regular expressions; docs/scoring.md lists what it does not understand.
 */
final class PainText {

    /** Words that split a note into clauses, besides punctuation. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "though", "although", "however", "yet", "whereas");
    /** How many words a negation reaches, before or after the word it negates, within its clause. */
    static final int NEGATION_REACH = 3;
    /** Words that negate a place or pain word shortly after them ("no achilles pain", "didn't hurt"). */
    private static final Set<String> NEGATIONS_BEFORE = Set.of("no", "not", "without", "never", "none", "zero",
            "nothing", "isn't", "wasn't", "aren't", "don't", "didn't", "doesn't", "hasn't", "haven't", "won't",
            "cannot", "free");
    /** Words that negate a place or pain word shortly before them ("pain-free", "knee feels fine"). */
    private static final Set<String> NEGATIONS_AFTER = Set.of("free", "fine", "ok", "okay", "good", "great", "gone",
            "resolved", "healed", "none");
    /** Words for pain itself (not for soreness or tightness). */
    private static final Set<String> PAIN_WORDS = Set.of("pain", "pains", "painful", "hurt", "hurts", "hurting",
            "ache", "aches", "aching", "achy", "niggle", "niggles", "niggly", "twinge", "twinges", "throbbing",
            "swollen", "swelling", "injury", "injured");
    /**
     * Words that, beside a tendon, joint or bone, say it hurts: the pain words and soreness, tenderness, stiffness,
     * swelling and conditions ("shin splints", "tendonitis" is a place and a condition in one word).
     */
    private static final Set<String> SYMPTOM_WORDS = Set.of("sore", "soreness", "tender", "tenderness", "stiff",
            "stiffness", "inflamed", "burning", "flaring", "flared", "flare", "splints", "sprain", "sprained",
            "fracture", "clicking", "grinding");
    /** Keywords that are back-off words, not places: they make a report with a place or a pain word. */
    private static final Set<String> BACK_OFF_WORDS = Set.of("sharp", "nagging", "stabbing", "shooting");
    /** Single words that say the pain comes back. */
    private static final Set<String> RECURRENCE = Set.of("again", "recurring", "recurrent", "still", "returning",
            "returned");
    /** Phrases that say the pain comes back. */
    private static final List<String> RECURRENCE_PHRASES = List.of("keeps coming back", "keep coming back",
            "coming back", "came back", "back again", "same as last");
    /** Muscle phrases whose first word is also a joint keyword. */
    private static final List<String> MUSCLE_PHRASES = List.of("hip flexor", "hip flexors", "knee extensor",
            "knee extensors", "hip abductor", "hip abductors", "hip adductor", "hip adductors");
    /**
     * Drills, exercises and running technique whose words include a place; never a pain report. Each word may also
     * take an "s" ("high knees", "heel raises").
     */
    private static final List<String> EXERCISE_PHRASES = List.of("high knee", "knee drive", "knee lift", "knee hug",
            "heel flick", "heel raise", "heel drop", "heel walk", "heel strike", "heel striking", "heel striker",
            "hip thrust", "hip bridge", "hip circle", "hip opener", "hip drive", "hip mobility", "hip stretch",
            "calf raise", "butt kick", "shin mobility", "ankle mobility", "ankle hop", "ankle circle");
    /**
     * Endings a keyword may take and still name the same place ("knees", "patellar", "tendonitis", "achilles'",
     * "kneecap", "patellofemoral", "shinbone").
     */
    private static final List<String> ENDINGS = List.of("", "s", "es", "'s", "'", "a", "ae", "ar", "itis", "cap", "caps",
            "ofemoral", "bone", "bones");

    /** Words that may stand beside a place in a clause that only names where it hurts ("left Achilles"). */
    private static final Set<String> SIDE_WORDS = Set.of("left", "right", "both", "my", "the", "a", "l", "r", "lower",
            "upper", "inner", "outer", "front", "back", "side", "of", "and", "in");

    /** Where the text comes from, which decides what a place needs beside it to be a report. */
    enum Field {
        /** A session's pain location: a bare keyword ("left knee", "sharp") is a report. */
        PAIN_LOCATION,
        /**
         * A wellness pain note, which also carries a check-in's free note ("great run yesterday"): read as
         * {@link #NOTE}, and a clause that only names a place ("left knee", the answer to "any pain? where?") is a
         * report too, unless the next clause negates it ("left knee, no pain").
         */
        PAIN_NOTE,
        /**
         * A session's notes: a place needs a symptom or back-off word in its clause (or in the next, when the place
         * stands alone: "left Achilles, sore on stairs"); a back-off word needs a pain word.
         */
        NOTE
    }

    /**
     * What one clause says, by word position: the places and back-off words (keywords outside muscle and exercise
     * phrases), the symptom words, the first pain word and a sign that the pain comes back (-1 when none), whether
     * the clause only names a place ("left Achilles"), and whether it has a negation word anywhere ("all good").
     * Negated words are left out.
     */
    private record Reading(TreeMap<Integer, String> places, TreeMap<Integer, String> backOff,
                           TreeMap<Integer, String> symptoms, int pain, int recurrence, String recurrenceText,
                           boolean onlyPlaces, boolean negated) {

        /** Whether the clause reports pain on its own. */
        boolean reports(Field field) {
            boolean comesBack = pain >= 0 && recurrence >= 0;
            return switch (field) {
                case PAIN_LOCATION -> !places.isEmpty() || !backOff.isEmpty() || comesBack;
                case PAIN_NOTE, NOTE -> (!places.isEmpty() && (!symptoms.isEmpty() || !backOff.isEmpty()))
                        || (!backOff.isEmpty() && pain >= 0) || comesBack;
            };
        }

        /** The words that made the report, in the clause's order. */
        List<String> quote() {
            TreeMap<Integer, String> quote = new TreeMap<>(places);
            quote.putAll(backOff);
            symptoms.forEach(quote::putIfAbsent);
            if (recurrence >= 0) {
                quote.putIfAbsent(recurrence, recurrenceText);
            }
            return List.copyOf(quote.values());
        }
    }

    private PainText() {
    }

    /**
     * The words of {@code text} that make it a pain report, in the order found and each once (e.g. "nagging",
     * "pain", "achilles", "again"); empty when it reports none. Keywords are lower case (as {@link PainRule.Pain}
     * keeps them); a keyword of several words matches those words in a row.
     */
    static List<String> read(String text, List<String> keywords, Field field) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>(3);
        for (List<String> clause : clauses(text)) {
            readings.add(readClause(clause, keywords));
        }
        List<String> found = new ArrayList<>(3);
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Reading next = i + 1 < readings.size() ? readings.get(i + 1) : null;
            if (r.reports(field)) {
                addAll(found, r.quote());
            } else if (field != Field.PAIN_LOCATION && r.onlyPlaces() && next != null && next.places().isEmpty()
                    && !next.symptoms().isEmpty()) {
                // "left Achilles, sore on stairs": the place alone, what it feels in the next clause
                addAll(found, r.quote());
                addAll(found, new ArrayList<>(next.symptoms().values()));
            } else if (field == Field.PAIN_NOTE && r.onlyPlaces() && (next == null || !next.negated())) {
                addAll(found, r.quote());
            }
        }
        return found;
    }

    private static Reading readClause(List<String> words, List<String> keywords) {
        boolean negation = false;
        for (String w : words) {
            negation |= NEGATIONS_BEFORE.contains(w) || NEGATIONS_AFTER.contains(w);
        }
        boolean[] masked = new boolean[words.size()];
        for (String phrase : MUSCLE_PHRASES) {
            String[] parts = phrase.split(" ");
            for (int at = indexOf(words, parts, 0); at >= 0; at = indexOf(words, parts, at + 1)) {
                Arrays.fill(masked, at, at + parts.length, true);
            }
        }
        for (String phrase : EXERCISE_PHRASES) {
            String[] parts = phrase.split(" ");
            for (int at = indexOfExercise(words, parts, 0); at >= 0; at = indexOfExercise(words, parts, at + 1)) {
                Arrays.fill(masked, at, at + parts.length, true);
            }
        }
        TreeMap<Integer, String> places = new TreeMap<>();
        TreeMap<Integer, String> backOff = new TreeMap<>();
        boolean[] placeWord = new boolean[words.size()];
        for (String kw : keywords) {
            boolean isBackOff = BACK_OFF_WORDS.contains(kw);
            TreeMap<Integer, String> hits = isBackOff ? backOff : places;
            if (kw.indexOf(' ') >= 0) {
                String[] parts = kw.split(" ");
                int at = indexOf(words, parts, 0);
                if (at >= 0 && !negated(words, at, at + parts.length - 1)) {
                    hits.putIfAbsent(at, kw);
                    Arrays.fill(placeWord, at, at + parts.length, !isBackOff);
                }
                continue;
            }
            for (int k = 0; k < words.size(); k++) {
                if (!masked[k] && isForm(words.get(k), kw) && !negated(words, k, k)) {
                    hits.putIfAbsent(k, words.get(k));
                    placeWord[k] = !isBackOff;
                }
            }
        }
        TreeMap<Integer, String> symptoms = new TreeMap<>();
        int pain = -1;
        boolean deniedPain = false;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean painWord = PAIN_WORDS.contains(w);
            if (!painWord && !SYMPTOM_WORDS.contains(w) && !(w.endsWith("itis") && w.length() > 6)) {
                continue;
            }
            if (negated(words, k, k)) {
                deniedPain = true;
                continue;
            }
            pain = painWord && pain < 0 ? k : pain;
            symptoms.put(k, w);
        }
        if (deniedPain && symptoms.isEmpty()) {
            // "ran without pain in the knee", "knee didn't hurt": the place is named to say it does not hurt
            places.clear();
            Arrays.fill(placeWord, false);
        }
        int recurrence = -1;
        String recurrenceText = null;
        for (String phrase : RECURRENCE_PHRASES) {
            int at = indexOf(words, phrase.split(" "), 0);
            if (at >= 0 && !negated(words, at, at)) {
                recurrence = at;
                recurrenceText = phrase;
                break;
            }
        }
        for (int k = 0; k < words.size() && recurrence < 0; k++) {
            if (RECURRENCE.contains(words.get(k)) && !negated(words, k, k)) {
                recurrence = k;
                recurrenceText = words.get(k);
            }
        }
        boolean onlyPlaces = !places.isEmpty();
        for (int k = 0; k < words.size() && onlyPlaces; k++) {
            onlyPlaces = placeWord[k] || SIDE_WORDS.contains(words.get(k));
        }
        return new Reading(places, backOff, symptoms, pain, recurrence, recurrenceText, onlyPlaces, negation);
    }

    /**
     * Whether the words {@code from} to {@code to} are negated: a negation up to {@link #NEGATION_REACH} words before
     * them ("no achilles pain", "didn't hurt") or an "all clear" word up to as many after them ("pain-free").
     */
    private static boolean negated(List<String> words, int from, int to) {
        for (int k = Math.max(0, from - NEGATION_REACH); k < from; k++) {
            if (NEGATIONS_BEFORE.contains(words.get(k))) {
                return true;
            }
        }
        for (int k = to + 1; k <= Math.min(words.size() - 1, to + NEGATION_REACH); k++) {
            if (NEGATIONS_AFTER.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #indexOf}, but each word of an exercise may also take an "s" ("heel raises"). */
    private static int indexOfExercise(List<String> words, String[] phrase, int from) {
        for (int k = from; k + phrase.length <= words.size(); k++) {
            boolean all = true;
            for (int p = 0; p < phrase.length && all; p++) {
                String w = words.get(k + p);
                all = w.equals(phrase[p]) || w.equals(phrase[p] + "s");
            }
            if (all) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first run of {@code phrase} in {@code words} from {@code from}, or -1. */
    private static int indexOf(List<String> words, String[] phrase, int from) {
        for (int k = from; k + phrase.length <= words.size(); k++) {
            boolean all = true;
            for (int p = 0; p < phrase.length && all; p++) {
                all = words.get(k + p).equals(phrase[p]);
            }
            if (all) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a word is the keyword with one of the {@link #ENDINGS} (so "shin" is not found in "shining"). */
    static boolean isForm(String word, String keyword) {
        if (!word.startsWith(keyword)) {
            return false;
        }
        return ENDINGS.contains(word.substring(keyword.length()));
    }

    private static void addAll(List<String> list, List<String> words) {
        for (String word : words) {
            if (!list.contains(word)) {
                list.add(word);
            }
        }
    }

    /**
     * The clauses of a text, each as its lower-case words: split at sentence and clause punctuation and at
     * {@link #CLAUSE_BREAKS}; "pain-free" and "pain free" both give the words "pain", "free".
     */
    static List<List<String>> clauses(String text) {
        List<List<String>> clauses = new ArrayList<>(2);
        List<String> clause = new ArrayList<>(8);
        StringBuilder word = new StringBuilder(12);
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0, n = lower.length(); i <= n; i++) {
            char ch = i < n ? lower.charAt(i) : '.';
            if (Character.isLetterOrDigit(ch) || (ch == '\'' && word.length() > 0)) {
                word.append(ch);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                word.setLength(0);
                if (CLAUSE_BREAKS.contains(w)) {
                    clauses.add(clause);
                    clause = new ArrayList<>(8);
                } else {
                    clause.add(w);
                }
            }
            if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '\n'
                    || ch == '(' || ch == ')' || ch == '/') {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                    clause = new ArrayList<>(8);
                }
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        return clauses;
    }
}
