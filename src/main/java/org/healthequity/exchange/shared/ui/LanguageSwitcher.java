package org.healthequity.exchange.shared.ui;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;

import com.vaadin.flow.component.html.NativeButton;

/**
 * The language picker in the header: a native disclosure whose summary names the page's language and whose panel
 * holds one plain button per language, each named in itself (and marked with its own {@code lang}) so anyone can find
 * their own. Choosing one remembers it and reloads the page in it, as before.
 */
class LanguageSwitcher extends Disclosure {

    private final Language current;

    LanguageSwitcher(LocaleSupport localeSupport) {
        super("language-switcher");
        setLabel(getTranslation("language.label"));
        current = Language.of(getLocale());
        summary().setText(current.nativeName());
        for (Language language : Language.values()) {
            NativeButton choice = new NativeButton(language.nativeName(), event -> choose(localeSupport, language));
            choice.getElement().setAttribute("type", "button").setAttribute("lang", language.code());
            if (language == current) {
                choice.getElement().setAttribute("aria-current", "true");
            }
            add(choice);
        }
    }

    /** The language the page is shown in. */
    Language current() {
        return current;
    }

    private void choose(LocaleSupport localeSupport, Language language) {
        getUI().ifPresent(ui -> {
            localeSupport.choose(ui, language);
            ui.getPage().reload();
        });
    }
}
