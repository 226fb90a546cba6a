package de.ladewerk.planning.model;

/**
 * The peak check of one group of identical local transformers.
 *
 * @param count           transformers in the group
 * @param ratingKva       rating of each, kVA
 * @param households      households on each
 * @param homeEvs         home-charging EVs on each
 * @param peakKw          after-diversity peak of each: households and EVs, kW
 * @param capacityKw      rating · cos φ, kW
 * @param overloaded      whether the peak exceeds the capacity
 * @param evHeadroom      further home-charging EVs each could take before overload (negative: excess)
 */
public record TransformerLoad(long count, double ratingKva, double households, double homeEvs,
                              double peakKw, double capacityKw, boolean overloaded, double evHeadroom) {
}
