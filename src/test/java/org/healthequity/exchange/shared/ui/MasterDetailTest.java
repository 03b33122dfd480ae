package org.healthequity.exchange.shared.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.splitlayout.SplitLayout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A list and its chosen item's detail: side by side on a laptop, one at a time on a phone with a way back. */
class MasterDetailTest {

    private final Div list = new Div();
    private final Div detail = new Div();
    private final AtomicInteger wentBack = new AtomicInteger();
    private MasterDetail layout;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        layout = new MasterDetail(list, detail, wentBack::incrementAndGet);
        UI.getCurrent().add(layout);
        // The mocked browser answers the window's width once, at the first round trip: the tests choose it after.
        MockVaadin.clientRoundtrip(false);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void onALaptopTheListAndTheDetailSitSideBySide() {
        layout.fit(1366);
        layout.showDetail();

        SplitLayout split = _get(SplitLayout.class);
        assertThat(split.getPrimaryComponent()).isSameAs(list);
        assertThat(split.getSecondaryComponent()).isSameAs(detail);
        assertThat(list.isVisible()).isTrue();
        assertThat(detail.isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withClasses("master-detail-back"))).isEmpty();
    }

    @Test
    void onAPhoneTheListComesFirstThenTheChosenItemAloneWithAWayBack() {
        layout.fit(390);

        assertThat(_find(SplitLayout.class)).isEmpty();
        assertThat(list.getElement().hasAttribute("slot")).as("a split's slot name left on the list").isFalse();
        assertThat(detail.getElement().hasAttribute("slot")).isFalse();
        assertThat(list.isVisible()).isTrue();
        assertThat(detail.isVisible()).isFalse();

        layout.showDetail();
        assertThat(list.isVisible()).isFalse();
        assertThat(detail.isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withClasses("master-detail-back")));
        assertThat(wentBack).hasValue(1);
        assertThat(list.isVisible()).isTrue();
        assertThat(detail.isVisible()).isFalse();
    }

    @Test
    void turningAPhoneToALaptopWidthShowsBothAgain() {
        layout.fit(390);
        layout.showDetail();

        layout.fit(1366);

        assertThat(list.isVisible()).isTrue();
        assertThat(detail.isVisible()).isTrue();
        assertThat(_get(SplitLayout.class).getPrimaryComponent()).isSameAs(list);
    }
}
