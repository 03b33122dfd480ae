package org.healthequity.exchange.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * One analyser per language (stemming and stop words of English, French, Spanish, Arabic, Russian; word segmentation
 * of Chinese with smartcn; British and American spellings made one in English, {@link EnglishSpelling}), each on
 * fields of its own: {@code title_fr}, {@code body_fr}, {@code extra_fr}.
 */
@Component
final class Analyzers {

    static final String TITLE = "title_";
    static final String BODY = "body_";
    static final String EXTRA = "extra_";
    /** Unstemmed words of titles in every language: the dictionary of the spelling correction. */
    static final String WORDS = "words";
    /** Unstemmed words of titles only, for the suggestions offered while typing. */
    static final String TITLE_WORDS = "title_words";

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer wrapper;
    private final Analyzer words = new StandardAnalyzer();

    Analyzers() {
        byLanguage.put(Language.ENGLISH, new EnglishSpelling.Analyzer());
        byLanguage.put(Language.FRENCH, new FrenchAnalyzer());
        byLanguage.put(Language.SPANISH, new SpanishAnalyzer());
        byLanguage.put(Language.ARABIC, new ArabicAnalyzer());
        byLanguage.put(Language.CHINESE, new SmartChineseAnalyzer());
        byLanguage.put(Language.RUSSIAN, new RussianAnalyzer());
        Map<String, Analyzer> fields = new HashMap<>();
        byLanguage.forEach((language, analyzer) -> {
            fields.put(TITLE + language.code(), analyzer);
            fields.put(BODY + language.code(), analyzer);
            fields.put(EXTRA + language.code(), analyzer);
        });
        fields.put(WORDS, words);
        fields.put(TITLE_WORDS, words);
        wrapper = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    Analyzer of(Language language) {
        return byLanguage.get(language);
    }

    /** The analyser for writing and highlighting: each field with its language's analyser. */
    Analyzer perField() {
        return wrapper;
    }

    Analyzer words() {
        return words;
    }

    static String title(Language language) {
        return TITLE + language.code();
    }

    static String body(Language language) {
        return BODY + language.code();
    }

    static String extra(Language language) {
        return EXTRA + language.code();
    }
}
