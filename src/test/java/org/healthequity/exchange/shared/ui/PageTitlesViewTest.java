package org.healthequity.exchange.shared.ui;

import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import static org.assertj.core.api.Assertions.assertThat;

/** One convention titles every page: its heading from the bundles, then the portal's name, in the viewer's language. */
class PageTitlesViewTest extends ViewTest {

    @Test
    void aMenuPageIsTitledByItsMenuEntry() {
        navigate("members");
        assertThat(title()).isEqualTo("Members · Health Equity Exchange");
    }

    @Test
    void aPageOutsideTheMenuIsTitledByItsTitleKey() {
        navigate("register");
        assertThat(title()).isEqualTo("Create an account · Health Equity Exchange");
    }

    @Test
    void theHomePageIsTitledWithThePortalsNameAlone() {
        navigate("");
        assertThat(title()).isEqualTo("Health Equity Exchange");
    }

    @Test
    void aSearchIsTitledByWhatWasSought() {
        navigate("search?q=housing");
        assertThat(title()).isEqualTo("housing · Search · Health Equity Exchange");
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }
}
