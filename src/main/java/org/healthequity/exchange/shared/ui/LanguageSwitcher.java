package org.healthequity.exchange.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;

import com.vaadin.flow.dom.Element;

/**
 * The language picker in the header: a native disclosure whose summary names the page's language and whose panel
 * holds one plain button per language, each named in itself (and marked with its own {@code lang}) so anyone can find
 * their own. Choosing one remembers it and reloads the page in it, as before.
 */
class LanguageSwitcher extends Disclosure {

    /** The panel's markup for each current language; the same for everyone. */
    private static final Map<Language, String> ENTRIES = new ConcurrentHashMap<>();

    private final Language current;

    LanguageSwitcher(LocaleSupport localeSupport) {
        super("language-switcher");
        setLabel(getTranslation("language.label"));
        current = Language.of(getLocale());
        summary().setText(current.nativeName());
        setEntries(ENTRIES.computeIfAbsent(current, LanguageSwitcher::entries));
        onButton(code -> Language.ofCode(code).ifPresent(language -> getUI().ifPresent(ui -> {
            localeSupport.choose(ui, language);
            ui.getPage().reload();
        })));
    }

    /** The language the page is shown in. */
    Language current() {
        return current;
    }

    private static String entries(Language current) {
        List<Element> items = Arrays.stream(Language.values()).map(language -> {
            Element choice = FrameMarkup.button(language.code(), language.nativeName())
                    .setAttribute("lang", language.code());
            if (language.rightToLeft()) {
                choice.setAttribute("dir", "rtl");
            }
            if (language == current) {
                choice.setAttribute("aria-current", "true");
            }
            return FrameMarkup.item(choice);
        }).toList();
        return FrameMarkup.of(items);
    }
}
