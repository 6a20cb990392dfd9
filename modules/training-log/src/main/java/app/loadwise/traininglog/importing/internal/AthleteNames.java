package app.loadwise.traininglog.importing.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A club's roster by name, as a file names athletes: names match ignoring case, surrounding and repeated spaces,
 * Unicode normalisation (a name typed as "é" or as "e" and a combining accent) and apostrophe variants
 * (’ ' ʼ ‘ ` ´). An unknown name gets the closest roster names as suggestions.
 */
public final class AthleteNames {

    /** How many "did you mean" names an unknown name gets at most. */
    static final int SUGGESTIONS = 3;

    /** One athlete of the roster: id and name as enrolled. */
    public record Named(long id, String name) {
    }

    private final Map<String, List<Named>> byKey = new HashMap<>();
    private final List<Named> roster;

    public AthleteNames(List<Named> roster) {
        this.roster = List.copyOf(roster);
        for (Named named : roster) {
            byKey.computeIfAbsent(key(named.name()), k -> new ArrayList<>(1)).add(named);
        }
    }

    /** The athletes of this name (none, one, or several of the same name). */
    public List<Named> named(String name) {
        return byKey.getOrDefault(key(name), List.of());
    }

    /** The roster names closest to an unknown name, closest first; empty when none is close. */
    public List<String> closest(String name) {
        String key = key(name);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Named named : roster) {
            String other = key(named.name());
            int distance = distance(key, other);
            // close: a few letters off, or the same first or last name
            boolean sharesWord = false;
            for (String word : key.split(" ")) {
                sharesWord |= word.length() > 1 && (" " + other + " ").contains(" " + word + " ");
            }
            if (distance <= Math.max(2, Math.min(key.length(), other.length()) / 4) || sharesWord) {
                scored.add(new Scored(named.name(), sharesWord ? Math.min(distance, 1 + distance / 2) : distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().map(Scored::name).distinct().limit(SUGGESTIONS).toList();
    }

    /** A name as compared: NFC, apostrophes made one, lower case, single spaces, no spaces around. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u02BB', '\u0060', '\u00B4', '\u2032', '\uFF07' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
