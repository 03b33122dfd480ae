package org.healthequity.exchange.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.modulith.NamedInterface;

/**
 * What a content module gives the index for one item, whatever its type: plain text only (never markup), its facet
 * values as data, and who may see it ({@link #PUBLIC}, {@code "network:GKNHE"}, {@code "group:12"}; see
 * {@link ViewerTokens}).
 *
 * @param type the content type ("CASE_STUDY"), also the facet {@link FacetDefinition#TYPE}; its label is the bundle
 *     key {@link #typeLabelKey(String)}
 * @param link the portal address of the item, relative ("case-studies/12")
 * @param extraText further text searched with a lower weight (the extracted text of attachments)
 * @param updatedAt when the item last changed (for a source without such a time, its publication)
 * @param facets per facet key ({@link FacetDefinition#key()}), the item's values; a value of a hierarchical facet is
 *     its deepest level ("3.8"), the definition derives the levels above it. The type and the language are added by
 *     the index and need not be given here.
 * @param variant which of an item's documents this is, when the item is indexed as several (a profile once per
 *     visibility level, see {@link SearchSource#variants(long)}); empty for an item indexed once
 * @param hiddenFrom tokens that hide this document: a viewer holding any of them does not find it, whatever
 *     {@code visibility} grants (the public variant of a profile is hidden from members, who find the members' one)
 * @param group the key shared by items that are translations of each other ("CASE_STUDY:12"), shown as one result
 *     with the others' languages; empty for an item that is no translation
 */
@NamedInterface("api")
public record SearchDocument(String type, long contentId, Language language, String title, String body,
        String extraText, Instant publishedAt, Instant updatedAt, String link, Set<String> visibility,
        Map<String, List<String>> facets, String variant, Set<String> hiddenFrom, String group) {

    public static final String PUBLIC = "public";

    public SearchDocument {
        visibility = Set.copyOf(visibility);
        hiddenFrom = Set.copyOf(hiddenFrom);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        facets.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** An item indexed once, hidden from no one its visibility reaches. */
    public SearchDocument(String type, long contentId, Language language, String title, String body, String extraText,
            Instant publishedAt, Instant updatedAt, String link, Set<String> visibility,
            Map<String, List<String>> facets) {
        this(type, contentId, language, title, body, extraText, publishedAt, updatedAt, link, visibility, facets, "",
                Set.of(), "");
    }

    /** A variant of an item that is no translation of another. */
    public SearchDocument(String type, long contentId, Language language, String title, String body, String extraText,
            Instant publishedAt, Instant updatedAt, String link, Set<String> visibility,
            Map<String, List<String>> facets, String variant, Set<String> hiddenFrom) {
        this(type, contentId, language, title, body, extraText, publishedAt, updatedAt, link, visibility, facets,
                variant, hiddenFrom, "");
    }

    /** A public-or-not item without attachments text or facets yet; add them with the {@code with…} copies. */
    public static SearchDocument of(String type, long contentId, Language language, String title, String body,
            Instant publishedAt, String link, Set<String> visibility) {
        return new SearchDocument(type, contentId, language, title, body, "", publishedAt, publishedAt, link,
                visibility, Map.of());
    }

    /** This item with the values of one more facet. */
    public SearchDocument withFacet(String key, List<String> values) {
        Map<String, List<String>> more = new LinkedHashMap<>(facets);
        more.put(key, values);
        return new SearchDocument(type, contentId, language, title, body, extraText, publishedAt, updatedAt, link,
                visibility, more, variant, hiddenFrom, group);
    }

    public SearchDocument withExtraText(String text) {
        return new SearchDocument(type, contentId, language, title, body, text, publishedAt, updatedAt, link,
                visibility, facets, variant, hiddenFrom, group);
    }

    /** This item as one of a family of translations, all of which give the same key (the original's, say). */
    public SearchDocument withGroup(String key) {
        return new SearchDocument(type, contentId, language, title, body, extraText, publishedAt, updatedAt, link,
                visibility, facets, variant, hiddenFrom, key);
    }

    /**
     * This document as one variant of its item: found by holders of a {@code visibility} token who hold none of
     * {@code hiddenFrom}. All variants of an item share its {@link #key()}, so an update replaces them all at once.
     */
    public SearchDocument asVariant(String name, Set<String> visibility, Set<String> hiddenFrom) {
        return new SearchDocument(type, contentId, language, title, body, extraText, publishedAt, updatedAt, link,
                visibility, facets, name, hiddenFrom, group);
    }

    /** The item's key, the same for all its variants. */
    public String key() {
        return key(type, contentId);
    }

    public static String key(String type, long contentId) {
        return type + ":" + contentId;
    }

    /** The bundle key naming a content type ("CASE_STUDY" → "search.type.case-study"). */
    public static String typeLabelKey(String type) {
        return "search.type." + type.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A hash of everything the index takes from this item, stored with it: the same item read again from the database
     * hashes the same, so a changed hash names a stale document.
     */
    public String contentHash() {
        StringBuilder all = new StringBuilder();
        all.append(type).append('\u0000').append(contentId).append('\u0000').append(language.code()).append('\u0000')
                .append(title).append('\u0000').append(body).append('\u0000').append(extraText).append('\u0000')
                .append(publishedAt.toEpochMilli()).append('\u0000').append(updatedAt.toEpochMilli()).append('\u0000')
                .append(link).append('\u0000').append(new TreeSet<>(visibility)).append('\u0000')
                .append(new TreeMap<>(facets));
        if (!variant.isEmpty() || !hiddenFrom.isEmpty()) {
            all.append('\u0000').append(variant).append('\u0000').append(new TreeSet<>(hiddenFrom));
        }
        if (!group.isEmpty()) {
            all.append('\u0000').append("group ").append(group);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
