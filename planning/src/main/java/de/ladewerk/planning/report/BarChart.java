package de.ladewerk.planning.report;

import java.util.List;

/** Horizontal grouped bars, one row per label (e.g. per district); negative values grow to the left. */
final class BarChart {

    /** One value per label. */
    record Series(String name, double[] values) {
    }

    private static final int WIDTH = 860;
    private static final int LEFT = 190;
    private static final int RIGHT = 40;
    private static final int TOP = 50;
    private static final int ROW = 16;

    private BarChart() {
    }

    static String render(String title, String xLabel, List<String> labels, List<Series> series) {
        int height = TOP + labels.size() * ROW + 40;
        double max = Svg.niceMax(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values()))
                .map(Math::abs).max().orElse(0));
        boolean negatives = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).anyMatch(v -> v < 0);
        double plotW = WIDTH - LEFT - RIGHT;
        double zero = negatives ? LEFT + plotW / 2 : LEFT;
        double scale = (negatives ? plotW / 2 : plotW) / max;
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, height, title));
        svg.append(Svg.text(LEFT + plotW / 2, 34, xLabel, "middle", 11));
        for (int i = 0; i < series.size(); i++) {
            double lx = LEFT + i * 160;
            svg.append("<rect x=\"").append(Svg.num(lx)).append("\" y=\"").append(height - 22)
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(Svg.COLORS[i % Svg.COLORS.length]).append("\"/>\n");
            svg.append(Svg.text(lx + 14, height - 13, series.get(i).name(), "start", 11));
        }
        double barH = (ROW - 3.0) / series.size();
        for (int row = 0; row < labels.size(); row++) {
            double y = TOP + row * ROW;
            svg.append(Svg.text(LEFT - 6, y + ROW - 5, labels.get(row), "end", 10));
            for (int i = 0; i < series.size(); i++) {
                double v = series.get(i).values()[row];
                double x = v >= 0 ? zero : zero + v * scale;
                svg.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y + i * barH))
                        .append("\" width=\"").append(Svg.num(Math.abs(v) * scale)).append("\" height=\"")
                        .append(Svg.num(barH)).append("\" fill=\"").append(Svg.COLORS[i % Svg.COLORS.length])
                        .append("\"><title>").append(Svg.escape(labels.get(row) + ": " + Svg.num(v))).append("</title></rect>\n");
            }
        }
        svg.append(Svg.line(zero, TOP - 4, zero, TOP + labels.size() * ROW, "#333333"));
        svg.append(Svg.text(zero + (negatives ? plotW / 2 : plotW), TOP - 6, Svg.tick(max), "end", 10));
        return svg.append("</svg>\n").toString();
    }
}
