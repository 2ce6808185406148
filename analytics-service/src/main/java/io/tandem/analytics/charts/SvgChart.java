package io.tandem.analytics.charts;

import java.util.List;
import java.util.Locale;

/**
 * Standalone SVG charts for reports: a title, a y axis with its label and ticks, an x axis with a label
 * per category, and the n of every bar or point. A value that may not be shown leaves a marked gap: a
 * hatched slot (bars) or a dashed line (series) with its note, never a zero. Plain Java, no scripts.
 */
public final class SvgChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 90;
    private static final String[] COLOURS = {"#1f6f8b", "#e07a1f", "#4c956c", "#9d4edd"};

    private SvgChart() {
    }

    /** One bar; a null value is a hidden figure, drawn as a marked gap with its note. */
    public record Bar(String label, Double value, Integer n, String note) {
    }

    /** One line; values and ns by category, null where hidden. */
    public record Series(String name, List<Double> values, List<Integer> ns) {
    }

    public static String bars(String title, String yLabel, double yMax, List<Bar> bars) {
        StringBuilder svg = open(title);
        double max = yMax > 0 ? yMax : 1;
        axes(svg, yLabel, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double w = slot * 0.7;
            xLabel(svg, LEFT + i * slot + slot / 2, bar.label());
            if (bar.value() == null) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"suppressed\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                        + "fill=\"url(#hidden)\" stroke=\"#888\" stroke-dasharray=\"4 3\"><title>%s</title></rect>%n",
                        x, TOP, w, plotHeight(), escape(note(bar.note()))));
                text(svg, "suppressed-label", x + w / 2, TOP + plotHeight() / 2.0, "middle", "not shown");
                continue;
            }
            double h = plotHeight() * Math.min(1, Math.max(0, bar.value() / max));
            double y = TOP + plotHeight() - h;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s: %s (n=%s)</title></rect>%n", x, y, w, h, COLOURS[0], escape(bar.label()), number(bar.value()), bar.n()));
            text(svg, "value", x + w / 2, y - 18, "middle", number(bar.value()));
            text(svg, "n", x + w / 2, y - 5, "middle", "n=" + bar.n());
        }
        return close(svg);
    }

    public static String lines(String title, String yLabel, double yMin, double yMax, List<String> categories, List<Series> series) {
        StringBuilder svg = open(title);
        double min = yMin;
        double max = yMax > yMin ? yMax : yMin + 1;
        axes(svg, yLabel, min, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double step = categories.size() <= 1 ? 0 : (double) plotWidth / (categories.size() - 1);
        int labelEvery = Math.max(1, categories.size() / 12);
        for (int i = 0; i < categories.size(); i++) {
            if (i % labelEvery == 0) {
                xLabel(svg, LEFT + i * step + (categories.size() == 1 ? plotWidth / 2.0 : 0), categories.get(i));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < categories.size(); i++) {
                double x = LEFT + i * step + (categories.size() == 1 ? plotWidth / 2.0 : 0);
                Double value = line.values().get(i);
                if (value == null) {
                    flush(svg, points, colour);
                    svg.append(String.format(Locale.ROOT, "<line class=\"suppressed\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                            + "stroke-dasharray=\"3 4\"><title>%s: not shown at %s</title></line>%n", x, TOP, x, TOP + plotHeight(), colour,
                            escape(line.name()), escape(categories.get(i))));
                    continue;
                }
                double y = TOP + plotHeight() - plotHeight() * (Math.min(max, Math.max(min, value)) - min) / (max - min);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s, %s: %s "
                        + "(n=%s)</title></circle>%n", x, y, colour, escape(line.name()), escape(categories.get(i)), number(value),
                        line.ns().get(i)));
                if (categories.size() <= 16) {
                    text(svg, "n", x, y - 8, "middle", "n=" + line.ns().get(i));
                }
            }
            flush(svg, points, colour);
            legend(svg, s, line.name(), colour);
        }
        return close(svg);
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder(8_192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title\" ")
                .append("font-family=\"sans-serif\" font-size=\"12\">\n<title id=\"chart-title\">").append(escape(title)).append("</title>\n")
                .append("<defs><pattern id=\"hidden\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#bbb\" stroke-width=\"3\"/></pattern></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        text(svg, "title", WIDTH / 2.0, 28, "middle", title);
        return svg;
    }

    private static void axes(StringBuilder svg, String yLabel, double max) {
        axes(svg, yLabel, 0, max);
    }

    private static void axes(StringBuilder svg, String yLabel, double min, double max) {
        int bottom = TOP + plotHeight();
        svg.append(String.format(Locale.ROOT, "<line class=\"axis x-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(String.format(Locale.ROOT, "<line class=\"axis y-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, TOP, LEFT, bottom));
        for (int t = 0; t <= 4; t++) {
            double value = min + (max - min) * t / 4;
            double y = bottom - plotHeight() * t / 4.0;
            svg.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333\"/>%n",
                    LEFT - 5, y, LEFT, y));
            text(svg, "tick-label", LEFT - 8, y + 4, "end", number(value));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(18 %d) rotate(-90)\" text-anchor=\"middle\">%s"
                + "</text>%n", TOP + plotHeight() / 2, escape(yLabel)));
    }

    private static void xLabel(StringBuilder svg, double x, String label) {
        svg.append(String.format(Locale.ROOT, "<text class=\"x-label\" transform=\"translate(%.1f %d) rotate(35)\" text-anchor=\"start\">%s"
                + "</text>%n", x, TOP + plotHeight() + 16, escape(label)));
    }

    private static void legend(StringBuilder svg, int index, String name, String colour) {
        int x = LEFT + 10 + index * 170;
        svg.append(String.format(Locale.ROOT, "<rect class=\"legend\" x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, TOP - 14,
                colour));
        text(svg, "legend-label", x + 16, TOP - 4, "start", name);
    }

    private static void flush(StringBuilder svg, StringBuilder points, String colour) {
        if (!points.isEmpty()) {
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().trim()).append("\"/>\n");
            points.setLength(0);
        }
    }

    private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String content) {
        svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", cssClass, x, y, anchor,
                escape(content)));
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String note(String note) {
        return note == null ? "not shown" : note;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
