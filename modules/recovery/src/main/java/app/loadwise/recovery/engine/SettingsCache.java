package app.loadwise.recovery.engine;

import java.util.function.Function;

/**
 * Remembers what a rule derives from its settings alone (advice text, threshold lists), for the last few
 * settings objects seen, so that it is built once per club and level instead of once per finding. Shared by all
 * threads without locks: an entry is immutable, so a reader sees either a whole entry or none.
 */
final class SettingsCache<K, V> {

    private static final int SLOTS = 8;

    private final Function<K, V> derive;
    private final Object[] entries = new Object[SLOTS];

    SettingsCache(Function<K, V> derive) {
        this.derive = derive;
    }

    @SuppressWarnings("unchecked")
    V get(K settings) {
        int slot = System.identityHashCode(settings) & (SLOTS - 1);
        if (entries[slot] instanceof Entry<?, ?> e && e.settings() == settings) {
            return (V) e.value();
        }
        V value = derive.apply(settings);
        entries[slot] = new Entry<>(settings, value);
        return value;
    }

    private record Entry<K, V>(K settings, V value) {
    }
}
