package org.healthequity.exchange.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * The search box's syntax: words (all must match), "quoted phrases", -excluded words and OR. Each language's fields are
 * searched with that language's analyser. Anything else (field syntax, wildcards, unbalanced quotes, pasted code) is
 * either ignored by the lenient parser or, if it still fails, replaced by its plain words with a note. Length and word
 * count are capped so that no query is expensive.
 */
final class QueryText {

    static final int MAX_CHARS = 500;
    static final int MAX_WORDS = 24;

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** "a b OR c" means a AND (b OR c), as in the search engines people know: OR binds its two neighbours. */
    private static final Pattern OR = Pattern.compile("(\"[^\"]*\"|\\S+)\\s+OR\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern AND = Pattern.compile("\\s+AND\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    /** Words a name of a concept may have ("Región de las Américas" has four). */
    private static final int LONGEST_NAME = 6;
    private static final Pattern SYNTAX = Pattern.compile("[()\"|*~+]");
    private static final Pattern ANY_SYNTAX = Pattern.compile("[()\"|*~+]|(^|\\s)-|\\bOR\\b|\\bAND\\b");

    /** The query to run, and the bundle key of a note when the text had to be simplified. */
    record Parsed(Query query, @Nullable String noteKey, boolean matchAll, List<String> plainWords) {
    }

    private QueryText() {
    }

    static Parsed parse(String raw, Analyzers analyzers) {
        return parse(raw, analyzers, ConceptBridge.Concepts.NONE, BooleanClause.Occur.MUST);
    }

    /**
     * @param concepts the names of facet values: a word or words naming one also find the items tagged with it
     * @param words {@code MUST} for all words, {@code SHOULD} for any of them (a relaxed search)
     */
    static Parsed parse(String raw, Analyzers analyzers, ConceptBridge.Concepts concepts, BooleanClause.Occur words) {
        String text = CONTROL.matcher(raw).replaceAll(" ").strip();
        String note = null;
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
            note = "search.note.too-long";
        }
        List<String> plain = plainWords(text);
        if (plain.size() > MAX_WORDS) {
            plain = plain.subList(0, MAX_WORDS);
            text = String.join(" ", plain);
            note = "search.note.too-long";
        }
        if (plain.isEmpty()) {
            return new Parsed(new MatchAllDocsQuery(), text.isEmpty() ? null : "search.note.nothing-to-search", true,
                    plain);
        }
        String syntax = text;
        for (int round = 0; round < MAX_WORDS; round++) {
            String grouped = OR.matcher(syntax).replaceFirst("($1 | $2)");
            if (grouped.equals(syntax)) {
                break;
            }
            syntax = grouped;
        }
        syntax = AND.matcher(syntax).replaceAll(" + ");
        try {
            Query query = acrossLanguages(syntax, analyzers, concepts, words);
            if (query != null) {
                return new Parsed(query, note, false, plain);
            }
        } catch (RuntimeException e) {
            // fall through to plain words
        }
        Query simple = acrossLanguages(String.join(" ", plain), analyzers, concepts, words);
        return new Parsed(simple == null ? new MatchAllDocsQuery() : simple, "search.note.simplified", simple == null,
                plain);
    }

    /**
     * Each word searched in every language's fields at once, the words joined as typed: (housing in any language) AND
     * (health in any language). An item has the fields of its own language only, so it matches when it matches in its
     * own language and scores as there, and a concept's facet term counts once. One conjunction over two disjunctions
     * lets Lucene skip blocks of documents across the whole index at once, where six conjunctions, one per language,
     * under a disjunction skipped each on its own (ADR 0036).
     *
     * <p>A quoted phrase, and a word that means nothing in some languages only (a stop word there: "the" is one in
     * English, not in French, and no single conjunction says "every word, in the item's own language"), leave each
     * language its own query ({@link #perLanguage}).
     */
    private static @Nullable Query acrossLanguages(String text, Analyzers analyzers, ConceptBridge.Concepts concepts,
            BooleanClause.Occur words) {
        Set<String> introduced = new HashSet<>();
        String marked = concepts.byName().isEmpty() ? text : markNames(text, concepts, introduced);
        AcrossLanguagesParser across = new AcrossLanguagesParser(analyzers, concepts, introduced);
        across.setDefaultOperator(words);
        Query query = across.parse(marked);
        if (!across.perLanguage) {
            return query == null || query instanceof MatchNoDocsQuery ? null
                    : onlyNegative(query) ? withEverything(query) : query;
        }
        return perLanguage(marked, analyzers, concepts, introduced, words);
    }

    /**
     * The text parsed once per language on that language's fields, under a disjunction that scores an item as in its
     * best language (the form of every query before ADR 0036; {@code QueryFormsBenchmark} compares the two); when
     * every language is a disjunction (a quoted phrase alone), one disjunction of their clauses
     * ({@link #oneDisjunction}).
     */
    static @Nullable Query perLanguage(String marked, Analyzers analyzers, ConceptBridge.Concepts concepts,
            Set<String> introduced, BooleanClause.Occur words) {
        List<Query> any = new ArrayList<>();
        for (Language language : Language.values()) {
            SimpleQueryParser parser = new BridgingParser(analyzers.of(language), weights(language), concepts,
                    introduced);
            parser.setDefaultOperator(words);
            Query one = parser.parse(marked);
            if (one == null || one instanceof MatchNoDocsQuery) {
                continue;
            }
            any.add(onlyNegative(one) ? withEverything(one) : one);
        }
        return any.isEmpty() ? null : oneDisjunction(new DisjunctionMaxQuery(any, 0f));
    }

    /**
     * Languages that are each a disjunction (a quoted phrase alone: its title, body and extra fields' phrases, or its
     * concept's facet terms) as one disjunction of their clauses, a clause every language shares (the concept's
     * term) once. An item has the fields of its own language only, so it matches its language's clauses and the
     * shared ones, and their sum is its best language's score. Lucene ranks one disjunction by skipping what cannot
     * compete before it verifies a phrase, and counts it in one pass; the best of six did neither (measured in the
     * search benchmark, docs/performance.md). Languages with a required or excluded clause are left as they are.
     */
    static Query oneDisjunction(DisjunctionMaxQuery languages) {
        if (languages.getTieBreakerMultiplier() != 0f) {
            return languages;
        }
        Set<Query> clauses = new LinkedHashSet<>();
        for (Query language : languages.getDisjuncts()) {
            if (!addDisjuncts(language, clauses)) {
                return languages;
            }
        }
        if (clauses.size() > IndexSearcher.getMaxClauseCount()) {
            return languages;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Adds the clauses of a disjunction (nested ones opened), or the query itself; false for any other boolean. */
    private static boolean addDisjuncts(Query query, Set<Query> clauses) {
        if (!(query instanceof BooleanQuery bool)) {
            clauses.add(query);
            return true;
        }
        if (bool.getMinimumNumberShouldMatch() > 0) {
            return false;
        }
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() != BooleanClause.Occur.SHOULD || !addDisjuncts(clause.query(), clauses)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Float> weights(Language language) {
        return Map.of(Analyzers.title(language), 3f, Analyzers.body(language), 1f, Analyzers.extra(language), 0.3f);
    }

    /**
     * Puts the names of several words outside quotes into quotes (noted in {@code introduced}, so they are searched as
     * the words they are, in any order) and separates Chinese names from the characters around them, so that the
     * parser hands each name over whole.
     */
    static String markNames(String text, ConceptBridge.Concepts concepts, Set<String> introduced) {
        String[] segments = text.split("\"", -1);
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < segments.length; s++) {
            if (s > 0) {
                out.append('"');
            }
            out.append(s % 2 == 0 ? markOutsideQuotes(segments[s], concepts, introduced) : segments[s]);
        }
        return out.toString();
    }

    private static String markOutsideQuotes(String segment, ConceptBridge.Concepts concepts, Set<String> introduced) {
        List<String> tokens = new ArrayList<>();
        for (String token : segment.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                splitChinese(token, concepts, tokens);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int found = 0;
            for (int length = Math.min(LONGEST_NAME, tokens.size() - i); length >= 2 && found == 0; length--) {
                List<String> span = tokens.subList(i, i + length);
                String name = ConceptBridge.normalize(String.join(" ", span));
                if (span.stream().allMatch(QueryText::plainToken) && concepts.names(name)) {
                    out.add("\"" + String.join(" ", span) + "\"");
                    introduced.add(name);
                    found = length;
                }
            }
            if (found == 0) {
                out.add(tokens.get(i));
            } else {
                i += found - 1;
            }
        }
        String marked = String.join(" ", out);
        // Keep the spaces at the edges: they separate this segment from the quoted ones around it.
        return (segment.startsWith(" ") ? " " : "") + marked + (segment.endsWith(" ") && !marked.isEmpty() ? " " : "");
    }

    /** A Chinese run holding a name (its longest) becomes the text before it, the name, and the text after it. */
    private static void splitChinese(String token, ConceptBridge.Concepts concepts, List<String> into) {
        if (!ConceptBridge.hasChinese(token) || concepts.names(ConceptBridge.normalize(token))) {
            into.add(token);
            return;
        }
        for (String name : concepts.chineseNames()) {
            int at = token.indexOf(name);
            if (at >= 0) {
                if (at > 0) {
                    splitChinese(token.substring(0, at), concepts, into);
                }
                into.add(name);
                if (at + name.length() < token.length()) {
                    splitChinese(token.substring(at + name.length()), concepts, into);
                }
                return;
            }
        }
        into.add(token);
    }

    private static boolean plainToken(String token) {
        return !token.startsWith("-") && !token.equals("OR") && !token.equals("AND") && !SYNTAX.matcher(token).find();
    }

    /**
     * The parser of one language whose words and phrases, when they name a concept, also match the items tagged with
     * it: (the words OR facet:value).
     */
    private static class BridgingParser extends SimpleQueryParser {

        private final ConceptBridge.Concepts concepts;
        final Set<String> introduced;

        BridgingParser(Analyzer analyzer, Map<String, Float> weights, ConceptBridge.Concepts concepts,
                Set<String> introduced) {
            super(analyzer, weights, FLAGS);
            this.concepts = concepts;
            this.introduced = introduced;
        }

        @Override
        protected @Nullable Query newDefaultQuery(String text) {
            return bridged(words(text), text);
        }

        @Override
        protected @Nullable Query newPhraseQuery(String text, int slop) {
            return bridged(phrase(text, slop), text);
        }

        /** The word in this language's fields, without its concept (null when it is a stop word here). */
        @Nullable Query words(String text) {
            return super.newDefaultQuery(text);
        }

        /** The phrase in this language's fields, without its concept. */
        @Nullable Query phrase(String text, int slop) {
            if (!introduced.contains(ConceptBridge.normalize(text))) {
                return super.newPhraseQuery(text, slop);
            }
            // Quoted here, not by the person: the words in any order, as they typed them.
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int clauses = 0;
            for (String word : text.strip().split("\\s+")) {
                Query one = super.newDefaultQuery(word);
                if (one != null) {
                    all.add(one, getDefaultOperator());
                    clauses++;
                }
            }
            return clauses == 0 ? null : all.build();
        }

        @Nullable Query bridged(@Nullable Query words, String text) {
            return QueryText.bridged(words, concepts.named(text));
        }
    }

    /**
     * The parser of every language at once: a word or phrase is (its query in each language's fields OR its concept's
     * facet terms), and the operators between them are those typed. It notes when a word was a stop word in some
     * languages but not in others, or a quoted phrase ({@link #perLanguage}).
     */
    private static final class AcrossLanguagesParser extends BridgingParser {

        private final List<BridgingParser> languages = new ArrayList<>();
        /** Whether this text needs one query per language: a word that is a stop word in some, or a phrase. */
        boolean perLanguage;

        AcrossLanguagesParser(Analyzers analyzers, ConceptBridge.Concepts concepts, Set<String> introduced) {
            super(analyzers.of(Language.ENGLISH), weights(Language.ENGLISH), concepts, introduced);
            for (Language language : Language.values()) {
                languages.add(new BridgingParser(analyzers.of(language), weights(language), concepts, introduced));
            }
        }

        @Override
        public void setDefaultOperator(BooleanClause.Occur operator) {
            super.setDefaultOperator(operator);
            languages.forEach(parser -> parser.setDefaultOperator(operator));
        }

        @Override
        protected @Nullable Query newDefaultQuery(String text) {
            return inEvery(text, parser -> parser.words(text));
        }

        /**
         * A phrase the person quoted leaves each language its own query ({@link #perLanguage}): beside other words,
         * Lucene verifies the phrases of one disjunction across every field more slowly than those of one language at
         * a time (measured by {@code QueryFormsBenchmark} and the search benchmark); a phrase alone becomes one
         * disjunction there ({@link #oneDisjunction}). A name of several words quoted by {@link #markNames} is words,
         * searched across the languages like the others.
         */
        @Override
        protected @Nullable Query newPhraseQuery(String text, int slop) {
            if (!introduced.contains(ConceptBridge.normalize(text))) {
                perLanguage = true;
                return null;
            }
            return inEvery(text, parser -> parser.phrase(text, slop));
        }

        /** (the text's query in each language where it means something OR its concept's facet terms). */
        private @Nullable Query inEvery(String text, Function<BridgingParser, @Nullable Query> query) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int found = 0;
            for (BridgingParser parser : languages) {
                Query one = query.apply(parser);
                if (one != null) {
                    any.add(one, BooleanClause.Occur.SHOULD);
                    found++;
                }
            }
            if (found > 0 && found < languages.size()) {
                perLanguage = true;
            }
            return bridged(found == 0 ? null : any.build(), text);
        }
    }

    /** The words OR the facet terms of the concept they name (each term scoring 1, whatever the item's language). */
    private static @Nullable Query bridged(@Nullable Query words, Set<Term> named) {
        if (named.isEmpty()) {
            return words;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (words != null) {
            either.add(words, BooleanClause.Occur.SHOULD);
        }
        named.forEach(term -> either.add(new ConstantScoreQuery(new TermQuery(term)), BooleanClause.Occur.SHOULD));
        return either.build();
    }

    private static boolean onlyNegative(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    }

    private static Query withEverything(Query negative) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(),
                BooleanClause.Occur.MUST);
        ((BooleanQuery) negative).clauses().forEach(builder::add);
        return builder.build();
    }

    /**
     * Whether the text is words only: no phrase, exclusion, OR or grouping, whose meaning a relaxed search (any word,
     * corrected words) would lose.
     */
    static boolean wordsOnly(String text) {
        return !ANY_SYNTAX.matcher(text).find();
    }

    /** The words of the text, without any syntax, lower-cased. */
    static List<String> plainWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isBlank() && !word.equals("or") && !word.equals("and")) {
                words.add(word);
            }
        }
        return words;
    }
}
