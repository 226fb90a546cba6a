package de.ladewerk.loadmanagement.grid;

/** Checks shared by the grid's records. */
final class Limits {

    private Limits() {
    }

    static void positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0: " + value);
        }
    }

    static void positiveOrNull(String what, Double value) {
        if (value != null) {
            positive(what, value);
        }
    }

    static String id(String what, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " needs an id");
        }
        return id;
    }
}
