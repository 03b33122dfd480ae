package org.healthequity.exchange.newsletter.ui;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The audience's live count asks once per round trip, not once for every field that changed in it. */
class AudienceFieldsViewTest extends ViewTest {

    @Autowired
    private Countries countries;

    @Test
    void loadingAnAudienceOrChangingSeveralFieldsAtOnceCountsOnce() {
        login(People.SECRETARIAT);
        AtomicInteger queries = new AtomicInteger();
        AudienceFields fields = new AudienceFields(countries, Language.ENGLISH, audience -> {
            queries.incrementAndGet();
            return audience.networks().size();
        });
        UI.getCurrent().add(fields);

        fields.setValue(new AudienceFilter(Set.of(Network.HIM), Set.of(NetworkRole.MEMBER), Set.of("AFR"),
                Set.of("KE"), Set.of(), Set.of(Language.FRENCH)));
        MockVaadin.clientRoundtrip(false);
        assertThat(queries).hasValue(1);

        MultiSelectComboBox<Network> networks = _get(fields, MultiSelectComboBox.class,
                spec -> spec.withLabel("Networks"));
        MultiSelectComboBox<?> countryBox = _get(fields, MultiSelectComboBox.class,
                spec -> spec.withLabel("Countries"));
        networks.setValue(Set.of(Network.HIM, Network.GKNHE));
        countryBox.clear();
        MockVaadin.clientRoundtrip(false);
        assertThat(queries).as("two fields changed in one round trip").hasValue(2);

        _setValue(_get(fields, MultiSelectComboBox.class, spec -> spec.withLabel("Languages")), Set.of());
        MockVaadin.clientRoundtrip(false);
        assertThat(queries).as("one change the person made, one count").hasValue(3);
        assertThat(_get(fields, Paragraph.class).getText()).isEqualTo("This audience reaches 2 subscribed people now.");
    }
}
