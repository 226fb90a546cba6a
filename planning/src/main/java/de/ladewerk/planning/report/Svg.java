package de.ladewerk.planning.report;

import java.util.Locale;

/** Small helpers for writing SVG as text; charts need no library. */
final class Svg {

    static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private Svg() {
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** An axis label: thousands separated, decimals only for small values. */
    static String tick(double v) {
        return String.format(Locale.ROOT, v >= 10 || v == 0 ? "%,.0f" : "%.2f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String open(int width, int height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"sans-serif\" font-size=\"11\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
                + text(width / 2.0, 18, title, "middle", 14);
    }

    static String text(double x, double y, String text, String anchor, int size) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\">" + escape(text) + "</text>\n";
    }

    static String line(double x1, double y1, double x2, double y2, String color) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + color + "\"/>\n";
    }

    /** A round axis maximum at or above {@code max}: 1, 2 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
