package org.healthequity.exchange.shared.ui;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;

import com.vaadin.flow.component.select.Select;

/** The language picker in the header; each language is named in itself so anyone can find their own. */
class LanguageSwitcher extends Select<Language> {

    LanguageSwitcher(LocaleSupport localeSupport) {
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setValue(Language.of(getLocale()));
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        addClassName("language-switcher");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> {
                    localeSupport.choose(ui, event.getValue());
                    ui.getPage().reload();
                });
            }
        });
    }
}
