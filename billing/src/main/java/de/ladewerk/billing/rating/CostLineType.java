package de.ladewerk.billing.rating;

/** What a cost line charges for. */
public enum CostLineType {
    ENERGY("kWh"), FLAT("session"), TIME("h"), PARKING_TIME("h"),
    /** Raises the session to the tariff's minimum price. */
    MIN_PRICE_ADJUSTMENT("session"),
    /** Lowers the session to the tariff's maximum price (negative). */
    MAX_PRICE_ADJUSTMENT("session");

    private final String unit;

    CostLineType(String unit) {
        this.unit = unit;
    }

    /** Unit the unit price refers to. */
    public String unit() {
        return unit;
    }
}
