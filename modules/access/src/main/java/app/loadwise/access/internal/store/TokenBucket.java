package app.loadwise.access.internal.store;

/**
 * A token bucket as stored for the whole cluster: tokens refill continuously at {@code perMinute} a minute up to the
 * burst, counted at {@code refilledAt} (epoch milliseconds). Plain arithmetic: the caller says what time it is.
 */
public record TokenBucket(double tokens, long refilledAt) {

    /** What one draw of up to {@code wanted} tokens gave: how many, the bucket after it, and when to retry if none. */
    public record Draw(int granted, TokenBucket after, long retryAfterSeconds) {
    }

    public TokenBucket {
        if (Double.isNaN(tokens) || tokens < 0) {
            throw new IllegalArgumentException("a bucket holds 0 tokens or more, got " + tokens);
        }
    }

    /** A bucket never drawn from: the whole burst. */
    public static TokenBucket full(int burst, long now) {
        return new TokenBucket(burst, now);
    }

    /**
     * The bucket refilled up to {@code now}. A clock behind the last count (another instance's clock ahead of this
     * one's) adds nothing and leaves the count's time as it is, so clock skew never makes tokens.
     */
    public TokenBucket refilled(long now, int perMinute, int burst) {
        if (now <= refilledAt) {
            return tokens > burst ? new TokenBucket(burst, refilledAt) : this;
        }
        return new TokenBucket(Math.min(burst, tokens + (now - refilledAt) * (perMinute / 60_000.0)), now);
    }

    /**
     * Takes up to {@code wanted} whole tokens (fewer when fewer are there); when not even one is there, none, with
     * the seconds until one will be (at least 1).
     */
    public Draw take(int wanted, long now, int perMinute, int burst) {
        if (wanted < 1) {
            throw new IllegalArgumentException("a draw takes 1 token or more, got " + wanted);
        }
        TokenBucket current = refilled(now, perMinute, burst);
        int granted = (int) Math.min(wanted, Math.floor(current.tokens));
        if (granted >= 1) {
            return new Draw(granted, new TokenBucket(current.tokens - granted, current.refilledAt), 0);
        }
        long wait = (long) Math.ceil((1 - current.tokens) * 60 / perMinute);
        return new Draw(0, current, Math.max(1, wait));
    }
}
