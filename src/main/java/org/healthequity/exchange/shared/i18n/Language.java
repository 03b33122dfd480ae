package org.healthequity.exchange.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The six official languages of WHO, each named in itself. Arabic is written right to left. */
public enum Language {
    ENGLISH("en", "English", false, "US"),
    FRENCH("fr", "Français", false, "FR"),
    SPANISH("es", "Español", false, "ES"),
    ARABIC("ar", "العربية", true, "EG"),
    CHINESE("zh", "中文", false, "CN"),
    RUSSIAN("ru", "Русский", false, "RU");

    /** A region as a locale names it: two letters (ISO 3166) or three digits (UN M.49). */
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|[0-9]{3}");

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;
    /** The region the language is most likely written in (CLDR's likely subtags), for formats when none is known. */
    private final String defaultRegion;

    Language(String code, String nativeName, boolean rightToLeft, String defaultRegion) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.defaultRegion = defaultRegion;
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

    /**
     * The locale dates, times and numbers are written in: this language with a region's conventions (en-GB writes
     * 06/12/2026 and 17:50, en-US 12/6/26 and 5:50 PM). Without a usable region, the language's most likely one.
     */
    public Locale formattingLocale(@Nullable String region) {
        String upper = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        return Locale.of(code, REGION.matcher(upper).matches() ? upper : defaultRegion);
    }

    /**
     * The region of the browser's languages (in its order of preference) for this language: the first one written in
     * this language that names a region, else the first that names any (a Canadian browser reading English gets
     * en-CA), else none.
     */
    public Optional<String> regionIn(List<Locale> preferred) {
        return preferred.stream().filter(l -> code.equals(l.getLanguage()) && !l.getCountry().isEmpty())
                .map(Locale::getCountry).findFirst()
                .or(() -> preferred.stream().map(Locale::getCountry).filter(c -> !c.isEmpty()).findFirst());
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
