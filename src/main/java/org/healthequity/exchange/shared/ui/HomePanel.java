package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A live panel on the home page and the dashboard, contributed by a feature module as a Spring bean. The layout knows
 * the slots, never the features.
 */
public interface HomePanel {

    enum Slot {
        LATEST_CASE_STUDIES, UPCOMING_WEBINARS, OPEN_CALLS
    }

    Slot slot();

    /** Builds the panel's content for the current viewer; it must show only what the viewer may see. */
    Component create();
}
