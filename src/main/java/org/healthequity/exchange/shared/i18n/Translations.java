package org.healthequity.exchange.shared.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The one source of every text a person reads: the message bundles under {@code i18n/messages*.properties}, shared by
 * the views (as Vaadin's I18NProvider) and by mail templates.
 */
@Component
public class Translations implements I18NProvider {

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Language.of(locale).locale());
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    public String get(String key, Language language, Object... params) {
        return getTranslation(key, language.locale(), params);
    }
}
