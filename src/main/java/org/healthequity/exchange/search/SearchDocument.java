package org.healthequity.exchange.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;

/**
 * What a content module gives the index for one item: plain text only (never markup), the facet values, and who may
 * see it ({@link #PUBLIC}, {@code "network:GKNHE"}, {@code "group:12"}).
 *
 * @param type the content type ("CASE_STUDY"), also a facet
 * @param link the portal address of the item, relative ("case-studies/12")
 * @param extraText further text searched with a lower weight (the extracted text of attachments)
 * @param sdgTargets SDG targets as "3.8"; their goals become the facet's first level
 */
public record SearchDocument(String type, long contentId, Language language, String title, String body,
        String extraText, Instant publishedAt, String link, Set<String> visibility, List<String> countries,
        List<String> regions, List<Integer> years, List<String> themes, List<String> dimensions,
        List<String> sdgTargets, String network) {

    public static final String PUBLIC = "public";

    public String key() {
        return key(type, contentId);
    }

    public static String key(String type, long contentId) {
        return type + ":" + contentId;
    }
}
