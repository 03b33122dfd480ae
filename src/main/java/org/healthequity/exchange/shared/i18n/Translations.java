package org.healthequity.exchange.shared.i18n;

import java.util.List;
import java.util.Locale;

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
        return resolve(key, language, params);
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
