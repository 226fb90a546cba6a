package de.ladewerk.planning.grid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the grid file: comment lines start with {@code #}, then the header {@link #HEADER}, then one row per
 * feeder ({@code kind = feeder}: id and rating) or transformer ({@code kind = transformer}: all columns; the
 * two shares may be blank). Every problem is reported with its line and column, all at once.
 */
public final class GridCsv {

    /** The header line the file must carry. */
    public static final String HEADER = "id,kind,feeder,district,rating_kva,base_peak_kw,households,public_ac_share,work_share";
    /** The synthetic Wolfsburg grid shipped with the module. */
    public static final String SHIPPED_WOLFSBURG = "wolfsburg-synthetic";

    private GridCsv() {
    }

    /** A shipped grid by name, e.g. {@value #SHIPPED_WOLFSBURG}; {@link IllegalArgumentException} for an unknown name. */
    public static GridNetwork shipped(String name) {
        try (InputStream in = GridCsv.class.getResourceAsStream("/grids/" + name + ".csv")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped grid '" + name + "'; known: [" + SHIPPED_WOLFSBURG + "]");
            }
            return parse(name + ".csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parses the file's text; {@link IllegalArgumentException} lists every bad line. */
    public static GridNetwork parse(String name, String text) {
        List<String> problems = new ArrayList<>();
        List<GridNetwork.Feeder> feeders = new ArrayList<>();
        List<GridNetwork.Transformer> transformers = new ArrayList<>();
        String firstComment = null;
        boolean header = false;
        String[] lines = text.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            String at = name + " line " + (n + 1);
            if (line.startsWith("#")) {
                firstComment = firstComment == null ? line.substring(1).strip() : firstComment;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(at + ": header must be '" + HEADER + "', got '" + line + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 9) {
                problems.add(at + ": 9 columns expected, got " + f.length);
                continue;
            }
            Row row = new Row(at, f, problems);
            switch (f[1].strip().toLowerCase(Locale.ROOT)) {
                case "feeder" -> feeders.add(new GridNetwork.Feeder(row.text(0, "id"), row.positive(4, "rating_kva")));
                case "transformer" -> transformers.add(new GridNetwork.Transformer(row.text(0, "id"), row.text(2, "feeder"),
                        row.text(3, "district"), row.positive(4, "rating_kva"), row.nonNegative(5, "base_peak_kw"),
                        row.nonNegative(6, "households"), row.share(7, "public_ac_share"), row.share(8, "work_share")));
                default -> problems.add(at + ": kind must be 'feeder' or 'transformer', got '" + f[1] + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> feederIds = new HashSet<>();
        feeders.forEach(fd -> {
            feederIds.add(fd.id());
            if (!ids.add(fd.id())) {
                problems.add(name + ": id '" + fd.id() + "' appears twice");
            }
        });
        for (GridNetwork.Transformer t : transformers) {
            if (!ids.add(t.id())) {
                problems.add(name + ": id '" + t.id() + "' appears twice");
            }
            if (!feederIds.contains(t.feeder())) {
                problems.add(name + ": transformer '" + t.id() + "' names feeder '" + t.feeder() + "', which the file does not list");
            }
        }
        if (!header) {
            problems.add(name + ": no header line '" + HEADER + "'");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("grid file problems:\n  " + String.join("\n  ", problems));
        }
        return new GridNetwork(firstComment == null ? name : name + ": " + firstComment, feeders, transformers);
    }

    /** One line's fields, collecting problems instead of stopping at the first. */
    private record Row(String at, String[] f, List<String> problems) {

        String text(int i, String column) {
            String v = f[i].strip();
            if (v.isEmpty()) {
                problems.add(at + ", " + column + ": is empty");
            }
            return v;
        }

        Double number(int i, String column, boolean blankAllowed) {
            String v = f[i].strip();
            if (v.isEmpty()) {
                if (!blankAllowed) {
                    problems.add(at + ", " + column + ": is empty");
                }
                return null;
            }
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                problems.add(at + ", " + column + ": '" + v + "' is not a number (use a dot for decimals)");
                return null;
            }
        }

        double positive(int i, String column) {
            Double d = number(i, column, false);
            if (d != null && d <= 0) {
                problems.add(at + ", " + column + ": must be greater than 0, got " + d);
            }
            return d == null ? 0 : d;
        }

        double nonNegative(int i, String column) {
            Double d = number(i, column, false);
            if (d != null && d < 0) {
                problems.add(at + ", " + column + ": must not be negative, got " + d);
            }
            return d == null ? 0 : d;
        }

        Double share(int i, String column) {
            Double d = number(i, column, true);
            if (d != null && (d < 0 || d > 1)) {
                problems.add(at + ", " + column + ": is a share and must lie between 0 and 1, got " + d);
            }
            return d;
        }
    }
}
