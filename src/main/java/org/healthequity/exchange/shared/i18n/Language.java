package org.healthequity.exchange.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The six official languages of WHO, each named in itself. Arabic is written right to left. */
public enum Language {
    ENGLISH("en", "English", false),
    FRENCH("fr", "Français", false),
    SPANISH("es", "Español", false),
    ARABIC("ar", "العربية", true),
    CHINESE("zh", "中文", false),
    RUSSIAN("ru", "Русский", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The native name of the language with this code, or the code itself when it is not one of the six. */
    public static String nameOf(String code) {
        return ofCode(code).map(Language::nativeName).orElse(code);
    }

    public static Optional<Language> ofCode(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = language.indexOf('-');
        String primary = dash > 0 ? language.substring(0, dash) : language;
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }

    public static Language of(@Nullable Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The first of the browser's languages (in its order of preference) that the portal speaks. */
    public static Optional<Language> bestMatch(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).map(Language::ofCode)
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * The language an HTTP {@code Accept-Language} header prefers among the portal's, English when none or when the
     * header cannot be read (for answers outside Vaadin: feeds, error texts of plain endpoints).
     */
    public static Language ofAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            return bestMatch(Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList()).orElse(ENGLISH);
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
    }
}
