package org.healthequity.exchange.shared.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.shared.time.ViewerTime;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The one source of every text a person reads: the message bundles under {@code i18n/messages*.properties}, shared by
 * the views (as Vaadin's I18NProvider) and by mail templates. A page looks up dozens of texts; those without
 * parameters (most of them) are kept once resolved (Caffeine), since the bundles do not change while the portal runs.
 */
@Component
public class Translations implements I18NProvider {

    /** Room for every key in every language, with a wide margin (the bundles hold well under 2,000 keys each). */
    private static final int CACHED_TEXTS = 50_000;

    private record Lookup(String key, Language language) {
    }

    private final MessageSource messages;
    private final Cache<Lookup, String> plainTexts = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        if (params == null || params.length == 0) {
            return plainTexts.get(new Lookup(key, language), lookup -> resolve(key, language));
        }
        return resolve(key, language, shown(params, locale, language));
    }

    /**
     * Dates and times among the arguments written as the reader's locale writes them (a refusal naming "27/03/2027,
     * 02:30" for a British reader): services hand over {@code LocalDate}, {@code LocalTime} and {@code LocalDateTime}
     * values, never text they formatted themselves. A locale without a region (mail) takes the language's likely one.
     */
    private static Object[] shown(Object[] params, Locale locale, Language language) {
        Locale formats = locale.getCountry().isEmpty() ? language.formattingLocale(null) : locale;
        Object[] shown = params.clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] = switch (params[i]) {
                case LocalDateTime dateTime -> ViewerTime.shortDateTime(dateTime, formats);
                case LocalDate date -> ViewerTime.date(date, formats);
                case LocalTime time -> ViewerTime.time(time, formats);
                case null, default -> params[i];
            };
        }
        return shown;
    }

    private String resolve(String key, Language language, Object... params) {
        try {
            return messages.getMessage(key, params, language.locale());
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    public String get(String key, Language language, Object... params) {
        return getTranslation(key, language.locale(), params);
    }
}
