package de.ladewerk.planning.grid;

import java.util.List;

/**
 * The grid check of one run: every transformer and feeder, its peak and the quarter hours in which it is
 * overloaded, with charging unmanaged and managed.
 *
 * @param source                       where the grid data comes from
 * @param curve                        which typical-day curve is placed on the grid (e.g. working day, p90)
 * @param transformers                 one row per transformer, in file order
 * @param feeders                      one row per feeder, in file order
 * @param overloadedTransformersUnmanaged transformers overloaded in at least one quarter hour, unmanaged
 * @param overloadedTransformersManaged   the same with managed charging
 * @param overloadedFeedersUnmanaged   feeders overloaded in at least one quarter hour, unmanaged
 * @param overloadedFeedersManaged     the same with managed charging
 * @param districtsWithoutTransformers scenario districts the file gives no transformer; their load is placed nowhere
 * @param unknownDistricts             districts in the file that the scenario does not know
 */
public record GridResult(String source, String curve, List<Element> transformers, List<Element> feeders,
                         long overloadedTransformersUnmanaged, long overloadedTransformersManaged,
                         long overloadedFeedersUnmanaged, long overloadedFeedersManaged,
                         List<String> districtsWithoutTransformers, List<String> unknownDistricts) {

    /**
     * One transformer or feeder.
     *
     * @param id                       its id
     * @param feeder                   the feeder a transformer hangs on; {@code null} for a feeder
     * @param district                 the district a transformer serves; {@code null} for a feeder
     * @param ratingKva                rating, kVA
     * @param capacityKw               rating · cos φ, kW
     * @param basePeakKw               existing peak without EV charging, kW
     * @param peakKwUnmanaged          highest quarter hour with charging unmanaged, kW
     * @param peakKwManaged            the same, managed
     * @param overloadedSlotsUnmanaged quarter hours (HH:mm, start) above capacity, unmanaged
     * @param overloadedSlotsManaged   the same, managed
     */
    public record Element(String id, String feeder, String district, double ratingKva, double capacityKw,
                          double basePeakKw, double peakKwUnmanaged, double peakKwManaged,
                          List<String> overloadedSlotsUnmanaged, List<String> overloadedSlotsManaged) {
    }
}
