package de.ladewerk.planning.sizing;

/**
 * The Erlang B loss formula: the chance that an arriving car finds every one of {@code c} points
 * taken, when cars arrive at random (Poisson) and stay a generally distributed time (M/G/c/c; the
 * formula depends on the dwell time only through its mean).
 *
 * <p>B(c, A) = (A^c / c!) / Σ_{k=0..c} A^k / k!, with offered load A = arrival rate × mean dwell
 * (in Erlang: the mean number of cars that would be plugged in if there were always a free point).
 * Computed with the stable recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)).
 */
public final class ErlangB {

    /** Largest pool sized; a site needing more is reported as an error rather than looped over forever. */
    static final int MAX_POINTS = 1_000_000;

    private ErlangB() {
    }

    /** Chance that an arriving car finds all {@code points} taken under offered load {@code erlangs}. */
    public static double blocking(int points, double erlangs) {
        if (points < 0 || !(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("Erlang B needs points >= 0 and a finite load >= 0, got "
                    + points + " points and " + erlangs + " Erlang");
        }
        double b = 1;
        for (int k = 1; k <= points; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }

    /** The fewest points whose blocking under {@code erlangs} is at most {@code maxBlocking} (0 for no load). */
    public static int pointsFor(double erlangs, double maxBlocking) {
        if (!(maxBlocking > 0 && maxBlocking < 1)) {
            throw new IllegalArgumentException("the service level (largest chance of finding no free point) must lie "
                    + "strictly between 0 and 1, got " + maxBlocking);
        }
        if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("offered load must be finite and >= 0, got " + erlangs);
        }
        if (erlangs == 0) {
            return 0;
        }
        double b = 1;
        for (int k = 1; k <= MAX_POINTS; k++) {
            b = erlangs * b / (k + erlangs * b);
            if (b <= maxBlocking) {
                return k;
            }
        }
        throw new IllegalArgumentException("more than " + MAX_POINTS + " points needed for " + erlangs + " Erlang");
    }
}
