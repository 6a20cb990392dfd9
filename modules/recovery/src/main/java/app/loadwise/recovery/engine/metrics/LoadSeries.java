package app.loadwise.recovery.engine.metrics;

/** Exponentially weighted load averages: Williams et al. (2017) EWMA and Banister's fitness-fatigue model. */
public final class LoadSeries {

    /** Time constant of fitness (chronic training load), days. */
    public static final double CTL_DAYS = 42;
    /** Time constant of fatigue (acute training load), days. */
    public static final double ATL_DAYS = 7;

    private LoadSeries() {
    }

    /** Williams et al. (2017) decay: lambda = 2 / (N + 1); 0.25 for 7 days, 2/29 for 28 days. */
    public static double ewmaLambda(int days) {
        return 2.0 / (days + 1);
    }

    /** EWMA today = load x lambda + (1 - lambda) x EWMA yesterday. */
    public static double ewmaStep(double previous, double load, double lambda) {
        return load * lambda + (1 - lambda) * previous;
    }

    /** Banister factor e^(-1/tau). */
    public static double banisterDecay(double tauDays) {
        return Math.exp(-1.0 / tauDays);
    }

    /** Banister update: previous x e^(-1/tau) + load x (1 - e^(-1/tau)). */
    public static double banisterStep(double previous, double load, double decay) {
        return previous * decay + load * (1 - decay);
    }
}
