package org.healthequity.exchange.insight;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a {@link Figure} with JFreeChart (ADR 0029): as SVG through JFreeSVG for the page and the SVG download, as PNG
 * through an image for the PNG download, and its data as CSV. Every text in a chart comes from the bundles or the
 * country table, and JFreeSVG escapes it into the SVG.
 */
final class Charts {

    static final int WIDTH = 800;
    static final int HEIGHT = 380;

    /** Okabe and Ito's palette, told apart by people with colour-vision deficiencies. */
    private static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xE69F00), new Color(0x000000));
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        // Charts are drawn on a server without a display (Spring Boot sets this too; a plain test may not).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** The chart as an inline SVG element, labelled by the figure's description. */
    static String svg(Figure figure) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart(figure).draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        String svg = graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        String label = HtmlUtils.htmlEscape(figure.description(), StandardCharsets.UTF_8.name());
        int open = svg.indexOf("<svg") + "<svg".length();
        int end = svg.indexOf('>', open) + 1;
        return svg.substring(0, open) + " role=\"img\" class=\"insight-chart\" aria-label=\"" + label + "\""
                + svg.substring(open, end) + "<title>" + label + "</title>" + svg.substring(end);
    }

    /** The SVG as a file of its own, with the XML declaration. */
    static byte[] svgFile(Figure figure) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(figure)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(Figure figure) {
        BufferedImage image = chart(figure).createBufferedImage(WIDTH, HEIGHT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The figure's table as CSV (UTF-8 with a byte-order mark, so spreadsheets read the six languages). */
    static byte[] csv(Figure figure) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(cell(figure.categoryHeader()));
        figure.columns().forEach(c -> csv.append(',').append(cell(c)));
        csv.append("\r\n");
        for (Figure.Row row : figure.rows()) {
            csv.append(cell(row.label()));
            row.values().forEach(v -> csv.append(',').append(number(v)));
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value as the table and the CSV show it: whole numbers without decimals, others with one. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f",
                value);
    }

    private static String cell(String text) {
        // A cell a spreadsheet would take for a formula is quoted as text.
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static JFreeChart chart(Figure figure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figure.Row row : figure.rows()) {
            for (int c = 0; c < figure.charted(); c++) {
                data.addValue(row.values().get(c), figure.columns().get(c), row.label());
            }
        }
        String valueAxis = figure.charted() == 1 ? figure.columns().getFirst() : "";
        JFreeChart chart = figure.kind() == Figure.Kind.LINE
                ? ChartFactory.createLineChart(null, figure.categoryHeader(), valueAxis, data,
                        PlotOrientation.VERTICAL, figure.charted() > 1, false, false)
                : ChartFactory.createBarChart(null, figure.categoryHeader(), valueAxis, data,
                        PlotOrientation.VERTICAL, figure.charted() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setLabelFont(FONT);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        if (figure.rows().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        if (figure.percent()) {
            range.setRange(0, 100);
        } else {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int s = 0; s < figure.charted(); s++) {
            renderer.setSeriesPaint(s, PALETTE.get(s % PALETTE.size()));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
        } else if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
        }
        return chart;
    }

    /** The columns' totals over the rows, for a text alternative ("Posts 12, Documents 3"). */
    static String totals(Figure figure) {
        return java.util.stream.IntStream.range(0, figure.columns().size()).mapToObj(c -> figure.columns().get(c) + " "
                + number(figure.rows().stream().mapToDouble(r -> r.values().get(c)).sum()))
                .collect(Collectors.joining(", "));
    }
}
