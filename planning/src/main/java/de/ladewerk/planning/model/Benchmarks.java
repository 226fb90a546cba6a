package de.ladewerk.planning.model;

/**
 * External yardsticks the results are held against. Fixed by law or by the cited studies, so they are
 * constants rather than scenario parameters.
 */
public final class Benchmarks {

    /** AFIR, Regulation (EU) 2023/1804 Art. 3(1): public kW per registered BEV. */
    public static final double AFIR_KW_PER_BEV = 1.3;
    /** AFIR, Regulation (EU) 2023/1804 Art. 3(1): public kW per registered PHEV. */
    public static final double AFIR_KW_PER_PHEV = 0.8;
    /** Directive 2014/94/EU guidance: EVs per public point. */
    public static final double EU_EVS_PER_POINT = 10;
    /** NLL 2020: EVs per public point in cities. */
    public static final double NLL_CITY_EVS_PER_POINT = 14;
    /** NLL 2020: EVs per public point in suburban and rural areas. */
    public static final double NLL_RURAL_EVS_PER_POINT = 23;

    private Benchmarks() {
    }

    /** Public charging power AFIR asks for the given fleet, kW. */
    public static double afirKw(double bevs, double phevs) {
        return AFIR_KW_PER_BEV * bevs + AFIR_KW_PER_PHEV * phevs;
    }
}
