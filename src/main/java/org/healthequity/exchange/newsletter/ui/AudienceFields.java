package org.healthequity.exchange.newsletter.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Who a newsletter is for: network, role in the network, WHO region, country, expertise and language, each empty for
 * "any", with the live number of subscribed people the choice reaches (a count, never who they are), announced to
 * screen readers as it changes.
 */
class AudienceFields extends Composite<VerticalLayout> {

    private final MultiSelectComboBox<Network> networks = box("newsletter.audience.networks");
    private final MultiSelectComboBox<NetworkRole> roles = box("newsletter.audience.roles");
    private final MultiSelectComboBox<String> regions = box("newsletter.audience.regions");
    private final MultiSelectComboBox<String> countries = box("newsletter.audience.countries");
    private final MultiSelectComboBox<String> expertise = box("newsletter.audience.expertise");
    private final MultiSelectComboBox<Language> languages = box("newsletter.audience.languages");
    private final Paragraph reach = new Paragraph();
    private final ToLongFunction<AudienceFilter> counter;
    private boolean recountPending;

    AudienceFields(Countries countryTable, Language viewerLanguage, ToLongFunction<AudienceFilter> counter) {
        this.counter = counter;
        networks.setItems(Network.values());
        networks.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        roles.setItems(NetworkRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("network-role."
                + r.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        regions.setItems(Countries.REGIONS);
        regions.setItemLabelGenerator(r -> getTranslation(CountryRef.regionMessageKey(r)));
        Map<String, String> names = countryTable.names(viewerLanguage);
        countries.setItems(names.keySet());
        countries.setItemLabelGenerator(c -> names.getOrDefault(c, c));
        List<String> codes = Expertise.all().stream()
                .sorted(Comparator.comparing(code -> getTranslation(Expertise.messageKey(code)))).toList();
        expertise.setItems(codes);
        expertise.setItemLabelGenerator(code -> getTranslation(Expertise.messageKey(code)));
        languages.setItems(Arrays.asList(Language.values()));
        languages.setItemLabelGenerator(Language::nativeName);
        FormLayout form = new FormLayout(networks, roles, regions, countries, expertise, languages);
        reach.getElement().setAttribute("aria-live", "polite");
        reach.addClassName("audience-reach");
        getContent().setPadding(false);
        getContent().add(form, reach);
        for (MultiSelectComboBox<?> box : List.of(networks, roles, regions, countries, expertise, languages)) {
            box.addValueChangeListener(e -> recountOnce());
        }
    }

    AudienceFilter getValue() {
        return new AudienceFilter(networks.getValue(), roles.getValue(), regions.getValue(), countries.getValue(),
                expertise.getValue(), languages.getValue());
    }

    void setValue(AudienceFilter audience) {
        networks.setValue(audience.networks());
        roles.setValue(audience.roles());
        regions.setValue(audience.regions());
        countries.setValue(audience.countries());
        expertise.setValue(audience.expertise());
        languages.setValue(audience.languages());
        recountOnce();
    }

    void setReadOnly(boolean readOnly) {
        List.of(networks, roles, regions, countries, expertise, languages).forEach(b -> b.setReadOnly(readOnly));
    }

    /** The field that shows a refusal of the audience as a whole. */
    @Nullable HasValidation field() {
        return networks;
    }

    /**
     * Counts once per round trip, however many fields changed in it (loading a newsletter sets six, a clear button
     * empties one): the query runs just before the response goes out, on the audience as it then stands.
     */
    private void recountOnce() {
        if (recountPending) {
            return;
        }
        recountPending = true;
        UI.getCurrentOrThrow().beforeClientResponse(this, context -> {
            recountPending = false;
            reach.setText(getTranslation("newsletter.audience.reach", counter.applyAsLong(getValue())));
        });
    }

    private <T> MultiSelectComboBox<T> box(String labelKey) {
        MultiSelectComboBox<T> box = ComponentTexts.of(new MultiSelectComboBox<T>());
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("newsletter.audience.any"));
        box.setClearButtonVisible(true);
        return box;
    }
}
