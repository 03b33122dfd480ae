package org.healthequity.exchange.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.healthequity.exchange.casestudy.CaseStudyFigures;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.MemberFigures;
import org.healthequity.exchange.member.MonthCount;
import org.healthequity.exchange.opencall.Acceptance;
import org.healthequity.exchange.opencall.CallFigures;
import org.healthequity.exchange.opencall.CallFunnel;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.webinar.RegionAttendance;
import org.healthequity.exchange.webinar.WebinarFigures;
import org.healthequity.exchange.workgroup.GroupFigures;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts as figures: what each module counts for the filter, put into rows and columns with titles
 * and a text alternative in the viewer's language. {@link Dashboard} keeps and draws them; this class only asks and
 * shapes.
 */
@Component
class DashboardFigures {

    private final MemberFigures members;
    private final CaseStudyFigures caseStudies;
    private final CallFigures calls;
    private final WebinarFigures webinars;
    private final GroupFigures groups;
    private final Translations translations;

    DashboardFigures(MemberFigures members, CaseStudyFigures caseStudies, CallFigures calls, WebinarFigures webinars,
            GroupFigures groups, Translations translations) {
        this.members = members;
        this.caseStudies = caseStudies;
        this.calls = calls;
        this.webinars = webinars;
        this.groups = groups;
        this.translations = translations;
    }

    /** Every chart's figure for the filter, titled and described in the language. */
    List<Figure> figures(InsightFilter f, Language language) {
        YearMonth from = f.from();
        YearMonth to = f.to();
        List<Figure> figures = new ArrayList<>();
        figures.add(monthly("members-joined", "insight.joined.title", members.joins(from, to, f.network(), f.region()),
                series(language, "GKNHE", "insight.network.gknhe", "HIM", "insight.network.him"), f, language));
        figures.add(monthly("case-studies", "insight.casestudies.title",
                caseStudies.perMonth(from, to, f.network(), f.region()),
                series(language, "SUBMITTED", "insight.casestudies.submitted", "PUBLISHED",
                        "insight.casestudies.published"), f, language));
        figures.add(counts("case-studies-by-theme", "insight.themes.title", "insight.theme",
                caseStudies.publishedByTheme(from, to, f.network(), f.region()),
                code -> Expertise.messageKey("THEME:" + code), language));
        figures.add(counts("case-studies-by-region", "insight.regions.title", "insight.map.region",
                caseStudies.publishedByRegion(from, to, f.network(), f.region()), CountryRef::regionMessageKey,
                language));
        figures.add(funnel(calls.funnel(from, to, f.network(), f.region()), language));
        figures.add(acceptance("acceptance-by-region", "insight.acceptance.region.title", "insight.map.region",
                calls.acceptanceByRegion(from, to, f.network(), f.region()), CountryRef::regionMessageKey, language));
        figures.add(acceptance("acceptance-by-institution-type", "insight.acceptance.type.title",
                "insight.institution-type", calls.acceptanceByInstitutionType(from, to, f.network(), f.region()),
                code -> "institution-type." + code.toLowerCase(Locale.ROOT).replace('_', '-'), language));
        List<RegionAttendance> attendance = webinars.byRegion(from, to, f.network(), f.region());
        figures.add(byRegion("webinar-attendance", "insight.webinars.title", attendance, List.of(
                "insight.webinars.registered", "insight.webinars.attended"), 2, false,
                List.of(RegionAttendance::registered, RegionAttendance::attended), language));
        figures.add(byRegion("webinar-night-share", "insight.night.title",
                attendance.stream().filter(r -> !r.region().isEmpty()).toList(), List.of("insight.night.share",
                        "insight.night.at-night", "insight.night.sessions"), 1, true,
                List.of(r -> Math.round(r.nightShare() * 1000) / 10.0, RegionAttendance::sessionsAtNight,
                        RegionAttendance::sessions), language));
        figures.add(monthly("group-activity", "insight.groups.title", groups.activity(from, to, f.network()),
                series(language, "POSTS", "insight.groups.posts", "DOCUMENTS", "insight.groups.documents",
                        "ACTIVE_MEMBERS", "insight.groups.active"), f, language));
        return figures;
    }

    private Map<String, String> series(Language language, String... codesAndKeys) {
        Map<String, String> series = new LinkedHashMap<>();
        for (int i = 0; i < codesAndKeys.length; i += 2) {
            series.put(codesAndKeys[i], text(language, codesAndKeys[i + 1]));
        }
        return series;
    }

    /** Counts over the months of the period, one column per series, months without any at 0. */
    private Figure monthly(String id, String titleKey, List<MonthCount> counts, Map<String, String> seriesNames,
            InsightFilter filter, Language language) {
        List<String> codes = new ArrayList<>(seriesNames.keySet());
        Map<YearMonth, double[]> byMonth = new LinkedHashMap<>();
        int width = codes.size();
        filter.months().forEach(m -> byMonth.put(m, new double[width]));
        for (MonthCount count : counts) {
            int column = codes.indexOf(count.series());
            double[] values = byMonth.get(count.month());
            if (column >= 0 && values != null) {
                values[column] += count.count();
            }
        }
        List<Figure.Row> rows = new ArrayList<>();
        byMonth.forEach((month, values) -> rows.add(new Figure.Row(month.toString(), boxed(values))));
        List<String> columns = codes.stream().map(seriesNames::get).toList();
        return described(new Figure(id, text(language, titleKey), "", Figure.Kind.LINE, text(language, "insight.month"),
                columns, columns.size(), false, rows), language);
    }

    private Figure counts(String id, String titleKey, String headerKey, Map<String, Long> counts,
            Function<String, String> labelKey, Language language) {
        List<Figure.Row> rows = new ArrayList<>();
        counts.forEach((code, n) -> rows.add(new Figure.Row(text(language, labelKey.apply(code)),
                List.of((double) n))));
        return described(new Figure(id, text(language, titleKey), "", Figure.Kind.BAR, text(language, headerKey),
                List.of(text(language, "insight.themes.axis")), 1, false, rows), language);
    }

    private Figure funnel(List<CallFunnel> cycles, Language language) {
        List<String> columns = cycles.stream().map(c -> text(language, "insight.funnel.cycle", Integer.toString(
                c.cycle()))).toList();
        List<String> stages = List.of("drafts", "submitted", "screened", "reviewed", "accepted");
        List<ToDoubleFunction<CallFunnel>> values = List.of(CallFunnel::drafts, CallFunnel::submitted,
                CallFunnel::screened, CallFunnel::reviewed, CallFunnel::accepted);
        List<Figure.Row> rows = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            ToDoubleFunction<CallFunnel> value = values.get(s);
            rows.add(new Figure.Row(text(language, "insight.funnel." + stages.get(s)),
                    cycles.stream().map(c -> value.applyAsDouble(c)).toList()));
        }
        return described(new Figure("call-funnel", text(language, "insight.funnel.title"), "", Figure.Kind.BAR,
                text(language, "insight.funnel.stage"), columns, columns.size(), false, rows), language);
    }

    private Figure acceptance(String id, String titleKey, String headerKey, List<Acceptance> rates,
            Function<String, String> labelKey, Language language) {
        List<Figure.Row> rows = rates.stream().map(a -> new Figure.Row(text(language, labelKey.apply(a.code())),
                List.of(Math.round(a.rate() * 1000) / 10.0, (double) a.decided(), (double) a.accepted()))).toList();
        return described(new Figure(id, text(language, titleKey), "", Figure.Kind.BAR, text(language, headerKey),
                List.of(text(language, "insight.acceptance.rate"), text(language, "insight.acceptance.decided"),
                        text(language, "insight.acceptance.accepted")), 1, true, rows), language);
    }

    private Figure byRegion(String id, String titleKey, List<RegionAttendance> regions, List<String> columnKeys,
            int charted, boolean percent, List<ToDoubleFunction<RegionAttendance>> values, Language language) {
        List<Figure.Row> rows = regions.stream().map(r -> new Figure.Row(r.region().isEmpty()
                ? text(language, "insight.unknown-region") : text(language, CountryRef.regionMessageKey(r.region())),
                values.stream().map(v -> v.applyAsDouble(r)).toList())).toList();
        return described(new Figure(id, text(language, titleKey), "", Figure.Kind.BAR,
                text(language, "insight.map.region"), columnKeys.stream().map(k -> text(language, k)).toList(),
                charted, percent, rows), language);
    }

    /** The figure with its text alternative: totals for charts over time, every bar's values for the others. */
    private Figure described(Figure figure, Language language) {
        String content;
        if (figure.empty()) {
            content = text(language, "insight.empty");
        } else if (figure.kind() == Figure.Kind.LINE) {
            content = text(language, "insight.alt.totals", Charts.totals(figure));
        } else {
            List<String> bars = new ArrayList<>();
            for (Figure.Row row : figure.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < figure.columns().size(); c++) {
                    cells.add(figure.columns().get(c) + " " + Charts.number(row.values().get(c)));
                }
                bars.add(row.label() + ": " + String.join(", ", cells));
            }
            content = String.join("; ", bars) + ".";
        }
        return new Figure(figure.id(), figure.title(), text(language, "insight.alt", figure.title(), content),
                figure.kind(), figure.categoryHeader(), figure.columns(), figure.charted(), figure.percent(),
                Collections.unmodifiableList(figure.rows()));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private String text(Language language, String key, Object... parameters) {
        return translations.getTranslation(key, language.locale(), parameters);
    }
}
