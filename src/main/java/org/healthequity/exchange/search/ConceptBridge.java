package org.healthequity.exchange.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * The language bridge: a word or words naming a facet value (a theme, a dimension, an SDG goal or target, a country, a
 * WHO region...) in any of the six languages also find the items tagged with that value, whatever their language.
 * Search knows no vocabulary: the names are the facet definitions' labels of the values the index holds, in each
 * language, made once per index reader whose values changed. A label "SDG 3: Good health" names its value by the
 * whole, by "SDG 3" and by "Good health"; a value whose label has no letters (an SDG target "— 3.8") is named after its
 * parent's short name ("SDG 3.8").
 */
final class ConceptBridge {

    /** Labels shorter than this (outside Chinese) are too likely an ordinary word. */
    private static final int SHORTEST = 3;
    private static final Pattern SHORT_NAME = Pattern.compile("^(.*?)[\\s\\p{Z}]*[:：][\\s\\p{Z}]*(.*)$");
    /** Words that join a name to the word taken from it ("Region of the Americas" → "Americas"). */
    private static final Set<String> JOINING = Set.of("of", "the", "de", "des", "du", "la", "le", "l", "d", "del",
            "las", "los", "el");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)[\\s\\p{Z}]*\\d+$");

    private final SearchFacets facets;
    private final Translations translations;
    private volatile Built last = new Built(null, List.of(), Concepts.NONE);

    private record Built(IndexReader.@Nullable CacheKey reader, List<String> paths, Concepts concepts) {
    }

    ConceptBridge(SearchFacets facets, Translations translations) {
        this.facets = facets;
        this.translations = translations;
    }

    /** The names of the values the reader holds (the facet state is the one the facet counting keeps). */
    Concepts of(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Built built = last;
        if (state == null || (helper != null && helper.getKey() == built.reader())) {
            return state == null ? Concepts.NONE : built.concepts();
        }
        List<String> paths = new ArrayList<>(state.getSize());
        SortedSetDocValues values = state.getDocValues();
        for (long ord = 0; ord < values.getValueCount(); ord++) {
            paths.add(values.lookupOrd(ord).utf8ToString());
        }
        Concepts concepts = paths.equals(built.paths()) ? built.concepts() : build(paths, state.getFacetsConfig());
        last = new Built(helper == null ? null : helper.getKey(), paths, concepts);
        return concepts;
    }

    private Concepts build(List<String> paths, FacetsConfig config) {
        Map<String, FacetDefinition> bridged = new HashMap<>();
        facets.definitions().stream()
                .filter(d -> !d.key().equals(FacetDefinition.TYPE) && !d.key().equals(FacetDefinition.LANGUAGE))
                .forEach(d -> bridged.put(d.key(), d));
        // Per facet and language, the names of each value, to find the words all of them share ("Region").
        Map<String, Map<Term, List<String>>> named = new HashMap<>();
        for (String indexed : paths) {
            String[] path = FacetsConfig.stringToPath(indexed);
            FacetDefinition definition = path.length < 2 ? null : bridged.get(path[0]);
            if (definition == null) {
                continue;
            }
            String[] levels = Arrays.copyOfRange(path, 1, path.length);
            Term term = DrillDownQuery.term(config.getDimConfig(path[0]).indexFieldName, path[0], levels);
            for (Language language : Language.values()) {
                List<String> names = names(definition, levels, language);
                if (!names.isEmpty()) {
                    named.computeIfAbsent(path[0] + "/" + language.code(), k -> new LinkedHashMap<>())
                            .put(term, names.stream().map(ConceptBridge::normalize).toList());
                }
            }
        }
        Map<String, Set<Term>> byName = new HashMap<>();
        for (Map<Term, List<String>> facet : named.values()) {
            Set<String> shared = sharedWords(facet.values().stream().map(List::getFirst).toList());
            facet.forEach((term, names) -> {
                Set<String> all = new LinkedHashSet<>(names);
                if (!shared.isEmpty()) {
                    all.add(withoutWords(names.getFirst(), shared));
                }
                for (String name : all) {
                    if (name.length() >= SHORTEST || (hasChinese(name) && !name.isEmpty())) {
                        byName.computeIfAbsent(name, n -> new HashSet<>()).add(term);
                    }
                }
            });
        }
        return Concepts.of(byName);
    }

    /**
     * The words every label of a facet has ("region", "région", the Chinese "区域"), so that "Eastern Mediterranean"
     * names what "Eastern Mediterranean Region" does; none for a facet of fewer than three values.
     */
    private static Set<String> sharedWords(List<String> labels) {
        if (labels.size() < 3) {
            return Set.of();
        }
        Set<String> shared = null;
        for (String label : labels) {
            Set<String> words = new HashSet<>(Arrays.asList(label.split(" ")));
            if (hasChinese(label)) {
                words.add(label.substring(label.length() - 2));
                words.add(label.substring(0, 2));
            }
            if (shared == null) {
                shared = words;
            } else {
                shared.retainAll(words);
            }
        }
        return shared == null ? Set.of() : shared;
    }

    /** The label without the shared words and the joining words left at its edges ("of the Americas"). */
    private static String withoutWords(String label, Set<String> shared) {
        String rest = label;
        for (String word : shared) {
            if (hasChinese(word) && rest.endsWith(word)) {
                rest = rest.substring(0, rest.length() - word.length());
            } else if (hasChinese(word) && rest.startsWith(word)) {
                rest = rest.substring(word.length());
            }
        }
        List<String> words = new ArrayList<>(Arrays.asList(rest.split(" ")));
        words.removeIf(shared::contains);
        while (!words.isEmpty() && JOINING.contains(words.getFirst())) {
            words.removeFirst();
        }
        while (!words.isEmpty() && JOINING.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    /** The names of a value in one language: its label, and the parts of a label "short: long". */
    private List<String> names(FacetDefinition definition, String[] levels, Language language) {
        String value = levels[levels.length - 1];
        String label = label(definition, value, language);
        Set<String> names = new LinkedHashSet<>();
        if (label.codePoints().anyMatch(Character::isLetter)) {
            names.add(label);
            Matcher parts = SHORT_NAME.matcher(label);
            if (parts.matches()) {
                names.add(parts.group(1));
                names.add(parts.group(2));
            }
        } else if (levels.length > 1) {
            Matcher parent = SHORT_NAME.matcher(label(definition, levels[levels.length - 2], language));
            Matcher stem = parent.matches() ? TRAILING_NUMBER.matcher(parent.group(1).strip()) : null;
            if (stem != null && stem.matches() && !stem.group(1).isBlank()) {
                names.add(stem.group(1) + " " + value);
                names.add(stem.group(1) + value);
            }
        }
        names.removeIf(name -> name.isBlank() || name.startsWith("!") || name.equals(value));
        return List.copyOf(names);
    }

    private String label(FacetDefinition definition, String value, Language language) {
        try {
            return definition.labels().label(value, language.locale(), key -> translations.get(key, language));
        } catch (RuntimeException e) {
            return value; // a label the owner cannot give names nothing
        }
    }

    /**
     * Lower case, without accents or other marks, words separated by one space (a dot between digits is kept: "3.8"):
     * the form in which both labels and the query's words are compared.
     */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            boolean dotInNumber = c == '.' && i > 0 && i + 1 < folded.length()
                    && Character.isDigit(folded.charAt(i - 1)) && Character.isDigit(folded.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || dotInNumber) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Names (normalised) → the drill-down terms of the values they name; the Chinese names longest first, since they
     * are found inside a run of characters rather than between spaces.
     */
    record Concepts(Map<String, Set<Term>> byName, List<String> chineseNames) {

        static final Concepts NONE = new Concepts(Map.of(), List.of());

        static Concepts of(Map<String, Set<Term>> byName) {
            return new Concepts(Map.copyOf(byName), byName.keySet().stream().filter(ConceptBridge::hasChinese)
                    .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList());
        }

        /** The values the text names as a whole (after normalisation), if any. */
        Set<Term> named(String text) {
            return byName.getOrDefault(normalize(text), Set.of());
        }

        boolean names(String normalized) {
            return byName.containsKey(normalized);
        }
    }
}
