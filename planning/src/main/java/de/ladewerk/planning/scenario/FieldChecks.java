package de.ladewerk.planning.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects problems with field paths, so a planner sees every mistake of a file at once. */
final class FieldChecks {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void fail(String path, String message) {
        problems.add(path + ": " + message);
    }

    boolean present(Object value, String path) {
        if (value == null) {
            fail(path, "is missing");
            return false;
        }
        return true;
    }

    /** A sourced, finite figure; returns false (and records why) when it is not. */
    boolean param(Param p, String path) {
        if (!present(p, path)) {
            return false;
        }
        if (p.source() == null || p.source().isBlank()) {
            fail(path + ".source", "is missing; name the source or write 'assumption'");
        }
        if (!Double.isFinite(p.value())) {
            fail(path + ".value", "must be a finite number, got " + p.value());
            return false;
        }
        return true;
    }

    void share(Param p, String path) {
        if (param(p, path) && (p.value() < 0 || p.value() > 1)) {
            fail(path + ".value", "is a share and must lie between 0 and 1 (0 % .. 100 %), got " + p.value());
        }
    }

    void positive(Param p, String path) {
        if (param(p, path) && p.value() <= 0) {
            fail(path + ".value", "must be greater than 0, got " + p.value());
        }
    }

    void nonNegative(Param p, String path) {
        if (param(p, path) && p.value() < 0) {
            fail(path + ".value", "must not be negative, got " + p.value());
        }
    }

    void wholeNonNegative(Param p, String path) {
        nonNegative(p, path);
        if (p != null && Double.isFinite(p.value()) && p.value() != Math.rint(p.value())) {
            fail(path + ".value", "is a count and must be a whole number, got " + p.value());
        }
    }
}
