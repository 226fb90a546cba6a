package de.ladewerk.planning.load;

/** Working day or weekend: the two typical days the curves are reported for. */
public enum DayType {
    WEEKDAY, WEEKEND;

    /** Simulated day 0 is a Monday; days 5 and 6 of each week are the weekend. */
    public static DayType of(int day) {
        return Math.floorMod(day, 7) >= 5 ? WEEKEND : WEEKDAY;
    }
}
