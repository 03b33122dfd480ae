package org.healthequity.exchange.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
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

    /** The query to run, and the bundle key of a note when the text had to be simplified. */
    record Parsed(Query query, @Nullable String noteKey, boolean matchAll, List<String> plainWords) {
    }

    private QueryText() {
    }

    static Parsed parse(String raw, Analyzers analyzers) {
        String text = CONTROL.matcher(raw).replaceAll(" ").strip();
        String note = null;
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
            note = "search.note.too-long";
        }
        List<String> words = plainWords(text);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
            text = String.join(" ", words);
            note = "search.note.too-long";
        }
        if (words.isEmpty()) {
            return new Parsed(new MatchAllDocsQuery(), text.isEmpty() ? null : "search.note.nothing-to-search", true,
                    words);
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
            Query query = acrossLanguages(syntax, analyzers);
            if (query != null) {
                return new Parsed(query, note, false, words);
            }
        } catch (RuntimeException e) {
            // fall through to plain words
        }
        Query plain = acrossLanguages(String.join(" ", words), analyzers);
        return new Parsed(plain == null ? new MatchAllDocsQuery() : plain, "search.note.simplified", plain == null,
                words);
    }

    /** One query per language on that language's fields; an item matches when it matches in its own language. */
    private static @Nullable Query acrossLanguages(String text, Analyzers analyzers) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Language language : Language.values()) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzers.of(language), Map.of(
                    Analyzers.title(language), 3f, Analyzers.body(language), 1f, Analyzers.extra(language), 0.3f),
                    FLAGS);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query query = parser.parse(text);
            if (query == null || query instanceof MatchNoDocsQuery) {
                continue;
            }
            any.add(onlyNegative(query) ? withEverything(query) : query, BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : any.build();
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
