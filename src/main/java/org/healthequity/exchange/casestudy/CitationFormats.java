package org.healthequity.exchange.casestudy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A published case study as BibTeX, RIS and CSL-JSON. Names are written as the page shows them, one string each
 * (BibTeX in braces, CSL as {@code literal}): the portal keeps a person's name whole and does not guess which part is
 * the family name, which differs between cultures.
 */
final class CitationFormats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CitationFormats() {
    }

    static String write(CitationFormat format, PublishedCaseStudy c) {
        return switch (format) {
            case BIBTEX -> bibtex(c);
            case RIS -> ris(c);
            case CSL_JSON -> cslJson(c);
        };
    }

    static String key(PublishedCaseStudy c) {
        return "hee-case-study-" + c.id();
    }

    static LocalDate date(PublishedCaseStudy c) {
        return c.firstPublishedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    // BibTeX (techreport, with biblatex's date, doi, url, langid, abstract and keywords)

    static String bibtex(PublishedCaseStudy c) {
        StringBuilder out = new StringBuilder("@techreport{").append(key(c)).append(",\n");
        field(out, "title", "{" + tex(c.title()) + "}");
        if (!c.authors().isEmpty()) {
            field(out, "author", String.join(" and ", c.authors().stream().map(a -> "{" + tex(a) + "}").toList()));
        }
        field(out, "year", String.valueOf(date(c).getYear()));
        field(out, "date", date(c).toString());
        field(out, "institution", tex(c.publisher()));
        field(out, "publisher", tex(c.publisher()));
        field(out, "type", "Case study");
        field(out, "url", c.url());
        if (c.doi() != null) {
            field(out, "doi", c.doi());
        }
        field(out, "langid", c.language().code());
        if (!c.summary().isBlank()) {
            field(out, "abstract", tex(oneLine(c.summary())));
        }
        if (!c.keywords().isEmpty()) {
            field(out, "keywords", tex(String.join(", ", c.keywords())));
        }
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Escapes TeX's special characters, so a title with {@code 50% & $} reads as written. */
    static String tex(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> out.append('\\').append(ch);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                default -> out.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return out.toString();
    }

    // RIS (one "TAG  - value" per line, CRLF, from TY to ER)

    static String ris(PublishedCaseStudy c) {
        StringBuilder out = new StringBuilder();
        tag(out, "TY", "RPRT");
        tag(out, "TI", c.title());
        c.authors().forEach(a -> tag(out, "AU", a));
        tag(out, "PY", String.valueOf(date(c).getYear()));
        LocalDate date = date(c);
        tag(out, "DA", "%04d/%02d/%02d/".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        tag(out, "PB", c.publisher());
        tag(out, "UR", c.url());
        if (c.doi() != null) {
            tag(out, "DO", c.doi());
        }
        tag(out, "LA", c.language().code());
        if (!c.summary().isBlank()) {
            tag(out, "AB", c.summary());
        }
        c.keywords().forEach(k -> tag(out, "KW", k));
        return out.append("ER  - \r\n").toString();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").replaceAll(" {2,}", " ").strip();
    }

    // CSL-JSON (an array of one item, per the CSL data schema)

    static String cslJson(PublishedCaseStudy c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key(c));
        item.put("type", "report");
        item.put("genre", "Case study");
        item.put("title", c.title());
        item.put("author", c.authors().stream().map(a -> Map.of("literal", a)).toList());
        LocalDate date = date(c);
        item.put("issued", Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth()))));
        item.put("publisher", c.publisher());
        item.put("URL", c.url());
        if (c.doi() != null) {
            item.put("DOI", c.doi());
        }
        item.put("language", c.language().code());
        if (!c.summary().isBlank()) {
            item.put("abstract", c.summary());
        }
        if (!c.keywords().isEmpty()) {
            item.put("keyword", String.join(", ", c.keywords()));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item)) + "\n";
    }
}
