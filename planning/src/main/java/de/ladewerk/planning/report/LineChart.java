package de.ladewerk.planning.report;

import java.util.List;

/** A 24-hour line chart of quarter-hour values, e.g. p50/p90/p99 load curves. */
final class LineChart {

    /** One line: 96 values from 00:00. */
    record Series(String name, double[] values, boolean dashed) {
    }

    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 35;
    private static final int BOTTOM = 40;

    private LineChart() {
    }

    static String render(String title, String yLabel, List<Series> series) {
        double max = Svg.niceMax(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).max().orElse(0));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, title));
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + plotH - plotH * tick / 4;
            svg.append(Svg.line(LEFT, y, LEFT + plotW, y, "#dddddd"));
            svg.append(Svg.text(LEFT - 6, y + 4, Svg.tick(max * tick / 4), "end", 11));
        }
        for (int hour = 0; hour <= 24; hour += 3) {
            double x = LEFT + plotW * hour / 24;
            svg.append(Svg.line(x, TOP + plotH, x, TOP + plotH + 4, "#333333"));
            svg.append(Svg.text(x, TOP + plotH + 16, String.format("%02d:00", hour), "middle", 11));
        }
        svg.append(Svg.text(16, TOP + plotH / 2, yLabel, "middle", 11).replace("<text ",
                "<text transform=\"rotate(-90 16 " + Svg.num(TOP + plotH / 2) + ")\" "));
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String color = Svg.COLORS[i % Svg.COLORS.length];
            StringBuilder points = new StringBuilder();
            for (int slot = 0; slot < s.values().length; slot++) {
                double x = LEFT + plotW * (slot + 0.5) / s.values().length;
                double y = TOP + plotH - plotH * s.values()[slot] / max;
                points.append(Svg.num(x)).append(',').append(Svg.num(y)).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\"")
                    .append(s.dashed() ? " stroke-dasharray=\"5,3\"" : "")
                    .append(" points=\"").append(points.toString().strip()).append("\"/>\n");
            double ly = TOP + 10 + 16 * i;
            svg.append(Svg.line(WIDTH - RIGHT + 10, ly, WIDTH - RIGHT + 30, ly, color));
            svg.append(Svg.text(WIDTH - RIGHT + 34, ly + 4, s.name(), "start", 11));
        }
        return svg.append("</svg>\n").toString();
    }
}
