package org.healthequity.exchange.insight;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.MemberFigures;
import org.healthequity.exchange.member.MemberStateMap;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.ui.FileDownload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The secretariat's dashboard (ADR 0029): the figures each module exposes, put into charts in the viewer's language,
 * and the same as SVG, PNG and CSV files. Every method is for the staff only, downloads included.
 * <p>
 * The page's content is kept for {@link #KEPT} per filter and language ({@link #page}), and a chart's SVG for as long
 * as its figure is the same: JFreeChart draws a figure once, not on every page view (docs/performance.md). The
 * files and the methods the tests ask ({@link #charts}, {@link #memberStates}) are always as of now.
 */
@Service
public class Dashboard {

    /** The download formats, as they end the file names. */
    public static final List<String> FORMATS = List.of("svg", "png", "csv");
    public static final String MAP_ID = "member-states";
    /** How long the page shows the same figures before it asks the modules again. */
    public static final Duration KEPT = Duration.ofSeconds(60);
    private static final int KEPT_PAGES = 200;
    private static final int KEPT_DRAWINGS = 2_000;

    private final DashboardFigures figures;
    private final MemberFigures members;
    private final Countries countries;
    private final Translations translations;
    private final Clock clock;
    private final Cache<PageKey, Insights> pages;
    /** Drawn SVG by figure: the same data, title and language always draw the same chart. */
    private final Cache<Figure, String> drawings = Caffeine.newBuilder().maximumSize(KEPT_DRAWINGS).build();

    private record PageKey(InsightFilter filter, Language language) {
    }

    Dashboard(DashboardFigures figures, MemberFigures members, Countries countries, Translations translations,
            Clock clock) {
        this.figures = figures;
        this.members = members;
        this.countries = countries;
        this.translations = translations;
        this.clock = clock;
        // Expiry follows the portal's clock, so a test can move past it.
        this.pages = Caffeine.newBuilder().maximumSize(KEPT_PAGES).expireAfterWrite(KEPT)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** The page's content: the map and every chart, kept for {@link #KEPT} per filter and language. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Insights page(InsightFilter filter, Language language) {
        return pages.get(new PageKey(filter, language),
                key -> new Insights(memberStates(filter, language), charts(filter, language), clock.instant()));
    }

    /** Every chart of the dashboard, drawn. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<Chart> charts(InsightFilter filter, Language language) {
        return figures.figures(filter, language).stream().map(f -> new Chart(f, drawings.get(f, Charts::svg))).toList();
    }

    /** The Member State map of the chosen network and region, with every Member State of it as a row. */
    @StaffOnly
    @Transactional(readOnly = true)
    public MemberStateFigure memberStates(InsightFilter filter, Language language) {
        Map<String, Long> counts = members.membersByCountry(filter.network(), filter.region());
        long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<MemberStateFigure.Row> rows = new ArrayList<>();
        List<MemberStateMap.Area> areas = new ArrayList<>();
        for (CountryRef country : countries.all(language)) {
            if (filter.region() == null || filter.region().equals(country.region())) {
                long count = counts.getOrDefault(country.iso2(), 0L);
                rows.add(new MemberStateFigure.Row(country.iso2(), country.name(), country.region(), count,
                        MemberStateMap.drawn().contains(country.iso2())));
                areas.add(new MemberStateMap.Area(country.iso2(), MemberStateMap.shade(count, largest),
                        text(language, "insight.map.country-label", country.name(), count)));
            }
        }
        long reached = rows.stream().filter(r -> r.members() > 0).count();
        String label = text(language, "insight.map.alt", reached, rows.size());
        return new MemberStateFigure(MemberStateMap.svg(areas, label), rows, MemberStateMap.bounds(largest));
    }

    /**
     * A chart's file ({@code svg}, {@code png}, {@code csv}; the map as {@code svg} and its table as {@code csv});
     * empty for an unknown chart or format.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<FileDownload.Content> download(String id, String format, InsightFilter filter,
            Language language) {
        String name = id + "-" + filter.from() + "-" + filter.to() + "." + format;
        if (id.equals(MAP_ID)) {
            MemberStateFigure map = memberStates(filter, language);
            return switch (format) {
                case "svg" -> Optional.of(new FileDownload.Content(name, "image/svg+xml",
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + map.svg()).getBytes(StandardCharsets.UTF_8)));
                case "csv" -> Optional.of(new FileDownload.Content(name, "text/csv",
                        Charts.csv(mapTable(map, language))));
                default -> Optional.empty();
            };
        }
        return figures.figures(filter, language).stream().filter(f -> f.id().equals(id)).findFirst()
                .flatMap(f -> switch (format) {
                    case "svg" -> Optional.of(new FileDownload.Content(name, "image/svg+xml", Charts.svgFile(f)));
                    case "png" -> Optional.of(new FileDownload.Content(name, "image/png", Charts.png(f)));
                    case "csv" -> Optional.of(new FileDownload.Content(name, "text/csv", Charts.csv(f)));
                    default -> Optional.empty();
                });
    }

    private Figure mapTable(MemberStateFigure map, Language language) {
        return new Figure(MAP_ID, text(language, "insight.map.title"), "", Figure.Kind.BAR,
                text(language, "insight.map.country"), List.of(text(language, "insight.map.members")), 1, false,
                map.rows().stream().map(r -> new Figure.Row(r.name(), List.of((double) r.members()))).toList());
    }

    private String text(Language language, String key, Object... parameters) {
        return translations.getTranslation(key, language.locale(), parameters);
    }
}
