package de.ladewerk.planning.grid;

import java.util.List;

/**
 * The low- and medium-voltage grid the grid operator supplies: feeders (Mittelspannungsabgänge) and the
 * local transformers (Ortsnetzstationen) on them. Read with {@link GridCsv}.
 *
 * @param source       where the data comes from (file name and its first comment line)
 * @param feeders      the feeders
 * @param transformers the transformers, each on one feeder
 */
public record GridNetwork(String source, List<Feeder> feeders, List<Transformer> transformers) {

    /**
     * One medium-voltage feeder.
     *
     * @param id        its id, unique in the file
     * @param ratingKva its capacity, kVA
     */
    public record Feeder(String id, double ratingKva) {
    }

    /**
     * One local transformer and what is connected to it.
     *
     * @param id            its id, unique in the file
     * @param feeder        the feeder it hangs on
     * @param district      the district whose loads it carries (the scenario's name)
     * @param ratingKva     rating S_n, kVA
     * @param basePeakKw    existing peak load without EV charging, kW
     * @param households    households connected (their home charging is placed here by this share)
     * @param publicAcShare share of the district's public AC charging load connected here; {@code null}: by households
     * @param workShare     share of the district's workplace charging load connected here; {@code null}: by households
     */
    public record Transformer(String id, String feeder, String district, double ratingKva, double basePeakKw,
                              double households, Double publicAcShare, Double workShare) {
    }
}
