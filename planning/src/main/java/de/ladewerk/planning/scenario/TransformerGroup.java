package de.ladewerk.planning.scenario;

/**
 * A group of identical local transformers in a district; real data has count 1 per transformer.
 *
 * @param count      number of transformers in the group
 * @param ratingKva  rated apparent power of each, kVA
 * @param households households supplied by each (a mean when the group stands for several)
 */
public record TransformerGroup(Param count, Param ratingKva, Param households) {
}
