package org.healthequity.exchange.opencall;

import java.util.LinkedHashMap;
import java.util.Map;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/** A text the secretariat writes in up to six languages, keyed by language code; English is required. */
public record Texts(Map<String, String> values) {

    public static final int MAX_LENGTH = 2000;

    public Texts {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            String value = values.get(language.code());
            if (value != null && !value.isBlank()) {
                clean.put(language.code(), value.strip());
            }
        }
        values = Map.copyOf(clean);
    }

    public static Texts english(String text) {
        return new Texts(Map.of(Language.ENGLISH.code(), text));
    }

    public static Texts empty() {
        return new Texts(Map.of());
    }

    /** The text in this language, else in English, else in any language written. */
    public String in(Language language) {
        String own = values.get(language.code());
        if (own != null) {
            return own;
        }
        String english = values.get(Language.ENGLISH.code());
        if (english != null) {
            return english;
        }
        return values.values().stream().findFirst().orElse("");
    }

    public @Nullable String exactly(Language language) {
        return values.get(language.code());
    }

    public boolean hasEnglish() {
        return values.containsKey(Language.ENGLISH.code());
    }

    public Texts with(Language language, @Nullable String text) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (text == null || text.isBlank()) {
            copy.remove(language.code());
        } else {
            copy.put(language.code(), text);
        }
        return new Texts(copy);
    }
}
