package org.healthequity.exchange.workgroup;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;

/**
 * The language a post or document is most likely written in, for search (which analyses each language its own way):
 * groups record none. The script tells Arabic, Russian and Chinese apart; among Latin-script texts the commonest short
 * words of English, French and Spanish decide, and English (the house language) wins a tie.
 */
final class TextLanguage {

    /** The start of a text is enough to tell its language, and keeps a long document cheap. */
    private static final int SAMPLE = 4000;

    private static final Map<Language, Set<String>> COMMON_WORDS = Map.of(
            Language.ENGLISH, Set.of("the", "and", "of", "to", "is", "in", "for", "with", "that", "this", "we", "are",
                    "on", "be", "it", "our"),
            Language.FRENCH, Set.of("le", "la", "les", "des", "et", "est", "une", "du", "pour", "dans", "que", "qui",
                    "nous", "sur", "avec", "au", "aux", "ce", "pas"),
            Language.SPANISH, Set.of("el", "los", "las", "y", "es", "una", "del", "para", "en", "que", "con", "por",
                    "nos", "como", "se", "su", "al", "lo"));

    private TextLanguage() {
    }

    static Language guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int arabic = 0;
        int cyrillic = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        int most = Math.max(Math.max(arabic, cyrillic), Math.max(han, latin));
        if (most == 0 || most == latin) {
            return latin(sample);
        }
        return most == arabic ? Language.ARABIC : most == cyrillic ? Language.RUSSIAN : Language.CHINESE;
    }

    private static Language latin(String sample) {
        Map<Language, Integer> hits = new EnumMap<>(Language.class);
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            COMMON_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        Language best = Language.ENGLISH;
        for (Language language : new Language[] {Language.FRENCH, Language.SPANISH}) {
            if (hits.getOrDefault(language, 0) > hits.getOrDefault(best, 0)) {
                best = language;
            }
        }
        return best;
    }
}
