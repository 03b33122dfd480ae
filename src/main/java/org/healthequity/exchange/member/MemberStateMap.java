package org.healthequity.exchange.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.HtmlUtils;

/**
 * The Member States drawn as an SVG world map, one path per country, shaded in {@value #CLASSES} classes. The outline is
 * Natural Earth's 1:110m countries (public domain, from world-atlas 2.0.2), converted once by tools/world_map.py into
 * {@code world-110m.txt}: nothing is fetched at run time. States too small for that scale have no shape; the callers
 * list every Member State in a table beside the map (ADR 0029).
 */
@NamedInterface("reference")
public final class MemberStateMap {

    /** How many shades the map uses: class 0 is "no members", classes 1–4 rise with the count. */
    public static final int CLASSES = 5;

    private static final Map<String, String> PATHS = load();

    /** One Member State on the map: its shade (0 to {@link #CLASSES} - 1) and what hover and focus say of it. */
    public record Area(String iso2, int shade, String label) {
    }

    private MemberStateMap() {
    }

    /** The ISO codes that have a shape at this scale. */
    public static Set<String> drawn() {
        return PATHS.keySet();
    }

    /**
     * The map as an inline SVG, a labelled group (not one image: its countries are images of their own, with their
     * figures). The areas given are shaded and titled; every other shape (other Member States when a region is chosen,
     * and territories that are not Member States) is drawn plain as background. The map is one tab stop: only the first
     * area has {@code tabindex="0"}, the others {@code -1}, and {@code shared.ui.RovingFocus} moves between them with
     * the arrow keys (ADR 0029).
     *
     * @param label the text alternative of the whole map
     */
    public static String svg(Collection<Area> areas, String label) {
        Map<String, Area> byCode = new LinkedHashMap<>();
        areas.forEach(a -> byCode.put(a.iso2(), a));
        StringBuilder svg = new StringBuilder(PATHS.size() * 700 + 512);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 20 1000 420\" class=\"member-state-map\" ")
                .append("role=\"group\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title>");
        boolean[] first = { true };
        PATHS.forEach((code, d) -> {
            Area area = byCode.get(code);
            if (area == null) {
                svg.append("<path class=\"map-other\" d=\"").append(d).append("\"/>");
            } else {
                String text = escape(area.label());
                svg.append("<path class=\"map-shade-").append(Math.clamp(area.shade(), 0, CLASSES - 1))
                        .append("\" data-country=\"").append(code).append("\" tabindex=\"").append(first[0] ? "0" : "-1")
                        .append("\" role=\"img\" aria-label=\"")
                        .append(text).append("\" d=\"").append(d).append("\"><title>").append(text)
                        .append("</title></path>");
                first[0] = false;
            }
        });
        return svg.append("</svg>").toString();
    }

    /**
     * The class of a count among the counts on the map: 0 for none, then four classes whose upper bounds are a
     * quarter, half, three quarters and all of the largest count (rounded up), so one large country does not leave the
     * rest in one shade.
     */
    public static int shade(long count, long largest) {
        if (count <= 0 || largest <= 0) {
            return 0;
        }
        return (int) Math.clamp((long) Math.ceil(4.0 * count / largest), 1, CLASSES - 1);
    }

    /** The upper bound of each class above 0, for the legend. */
    public static long[] bounds(long largest) {
        long[] bounds = new long[CLASSES - 1];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = (long) Math.floor(largest * (i + 1) / 4.0);
        }
        return bounds;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static Map<String, String> load() {
        Map<String, String> paths = new LinkedHashMap<>();
        try (InputStream in = MemberStateMap.class.getResourceAsStream("world-110m.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space == 2) {
                    paths.put(line.substring(0, 2), line.substring(3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(paths);
    }
}
