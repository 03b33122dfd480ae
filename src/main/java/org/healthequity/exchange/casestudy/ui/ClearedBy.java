package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** "Cleared by the Ministry of Health of …" on a published case study, one line per country that cleared it. */
class ClearedBy extends UnorderedList {

    ClearedBy(List<String> countries, Map<String, String> countryNames) {
        addClassName("cleared-by");
        countries.forEach(code -> add(new ListItem(getTranslation("case-study.cleared-by",
                countryNames.getOrDefault(code, code)))));
    }
}
