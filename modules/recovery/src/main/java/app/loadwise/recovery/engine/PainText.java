package app.loadwise.recovery.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a pain report out of free English text (a wellness pain note, a session's notes or pain location), clause by
 * clause. A clause reports pain when it names one of the rule's keywords (tendons, joints, bones, and back-off words
 * such as "sharp" or "nagging"), or a pain word ("pain", "hurts", "aches", "niggle") together with a sign that it
 * comes back ("again", "keeps coming back", "recurring", "still"), and is not negated ("no", "not", "without",
 * "never", "pain-free", "fine", "ok"...). A keyword inside a muscle phrase ("hip flexors") does not count: muscle
 * soreness and tightness ("tight hamstrings", "sore quads", "DOMS") are normal in training and never a report.
 * Plain string work, no regular expressions; docs/scoring.md lists what it does not understand.
 */
final class PainText {

    /** Words that split a note into clauses, besides punctuation. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "though", "although", "however", "yet", "whereas");
    /** Words that negate the clause they are in. */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "never", "none", "zero", "nothing",
            "isn't", "wasn't", "aren't", "don't", "didn't", "doesn't", "hasn't", "haven't", "won't", "cannot",
            "fine", "ok", "okay", "good", "great", "free", "gone", "resolved", "healed");
    /** Words for pain itself (not for soreness or tightness). */
    private static final Set<String> PAIN_WORDS = Set.of("pain", "pains", "painful", "hurt", "hurts", "hurting",
            "ache", "aches", "aching", "achy", "niggle", "niggles", "niggly", "twinge", "twinges", "throbbing",
            "swollen", "swelling", "injury", "injured");
    /** Single words that say the pain comes back. */
    private static final Set<String> RECURRENCE = Set.of("again", "recurring", "recurrent", "still", "returning",
            "returned");
    /** Phrases that say the pain comes back. */
    private static final List<String> RECURRENCE_PHRASES = List.of("keeps coming back", "keep coming back",
            "coming back", "came back", "back again", "same as last");
    /** Muscle phrases whose first word is also a joint keyword. */
    private static final List<String> MUSCLE_PHRASES = List.of("hip flexor", "hip flexors", "knee extensor",
            "ankle mobility");
    /**
     * Endings a keyword may take and still name the same place ("knees", "patellar", "tendonitis", "achilles'",
     * "kneecap", "patellofemoral", "shinbone").
     */
    private static final List<String> ENDINGS = List.of("", "s", "es", "'s", "'", "a", "ae", "ar", "itis", "cap", "caps",
            "ofemoral", "bone", "bones");

    private PainText() {
    }

    /**
     * The words of {@code text} that make it a pain report, in the order found and each once (e.g. "nagging",
     * "achilles", "again"); empty when it reports none. Keywords are lower case (as {@link PainRule.Pain} keeps
     * them); a keyword of several words matches those words in a row.
     */
    static List<String> read(String text, List<String> keywords) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> found = new ArrayList<>(3);
        for (List<String> clause : clauses(text)) {
            readClause(clause, keywords, found);
        }
        return found;
    }

    private static void readClause(List<String> words, List<String> keywords, List<String> found) {
        if (words.isEmpty()) {
            return;
        }
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                return;
            }
        }
        boolean[] masked = new boolean[words.size()];
        for (String phrase : MUSCLE_PHRASES) {
            String[] parts = phrase.split(" ");
            for (int at = indexOf(words, parts, 0); at >= 0; at = indexOf(words, parts, at + 1)) {
                Arrays.fill(masked, at, at + parts.length, true);
            }
        }
        // What made the report, by its position in the clause, so the quote reads in the note's order.
        TreeMap<Integer, String> keywordHits = new TreeMap<>();
        for (String kw : keywords) {
            if (kw.indexOf(' ') >= 0) {
                int at = indexOf(words, kw.split(" "), 0);
                if (at >= 0) {
                    keywordHits.putIfAbsent(at, kw);
                }
                continue;
            }
            for (int k = 0; k < words.size(); k++) {
                if (!masked[k] && isForm(words.get(k), kw)) {
                    keywordHits.putIfAbsent(k, words.get(k));
                }
            }
        }
        int pain = -1;
        for (int k = 0; k < words.size() && pain < 0; k++) {
            if (PAIN_WORDS.contains(words.get(k))) {
                pain = k;
            }
        }
        int recurrence = -1;
        String recurrenceText = null;
        for (String phrase : RECURRENCE_PHRASES) {
            int at = indexOf(words, phrase.split(" "), 0);
            if (at >= 0) {
                recurrence = at;
                recurrenceText = phrase;
                break;
            }
        }
        for (int k = 0; k < words.size() && recurrence < 0; k++) {
            if (RECURRENCE.contains(words.get(k))) {
                recurrence = k;
                recurrenceText = words.get(k);
            }
        }
        if (keywordHits.isEmpty() && (pain < 0 || recurrence < 0)) {
            return;
        }
        TreeMap<Integer, String> quote = new TreeMap<>(keywordHits);
        if (pain >= 0) {
            quote.putIfAbsent(pain, words.get(pain));
        }
        if (recurrence >= 0) {
            quote.putIfAbsent(recurrence, recurrenceText);
        }
        for (String w : quote.values()) {
            addOnce(found, w);
        }
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

    private static void addOnce(List<String> list, String word) {
        if (!list.contains(word)) {
            list.add(word);
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
