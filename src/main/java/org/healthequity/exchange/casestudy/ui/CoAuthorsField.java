package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.AuthorRef;
import org.healthequity.exchange.member.DirectoryFilter;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ComponentTexts;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** The co-authors, picked from the member directory page by page as the person types a name. */
class CoAuthorsField extends MultiSelectComboBox<AuthorRef> {

    CoAuthorsField(DirectoryService directory, Language viewerLanguage) {
        ComponentTexts.of(this);
        setLabel(getTranslation("case-study.co-authors"));
        setItemLabelGenerator(AuthorRef::name);
        setItems(query -> directory.page(new DirectoryFilter(query.getFilter().orElse(""), null, null, null, null,
                null, null), viewerLanguage, query.getOffset(), query.getLimit()).stream()
                .map(card -> new AuthorRef(card.id(), card.name())));
    }
}
