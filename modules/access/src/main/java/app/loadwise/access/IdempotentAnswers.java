package app.loadwise.access;

import app.loadwise.access.internal.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The answers {@link IdempotentPosts} keeps for replay; the app's hourly schedule forgets the expired ones. */
@ApplicationScoped
public class IdempotentAnswers {

    @Inject
    IdempotencyKeys keys;

    /** Forgets the answers kept longer than a day; returns how many. */
    public int purgeExpired() {
        return keys.purgeExpired();
    }
}
