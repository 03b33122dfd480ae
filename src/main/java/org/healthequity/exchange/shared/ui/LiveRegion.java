package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.HasElement;

/**
 * A line whose text changes while the person stays on the page (an autosave's state, a count of results): screen
 * readers read each new text out when they are next idle, without the focus moving (WCAG 4.1.3). The element must be
 * on the page before its text changes, so a view marks it once, when building it, and then only sets its text.
 * Notifications need no marking: Vaadin's notification card is {@code role="alert"} with {@code aria-live}.
 */
public final class LiveRegion {

    private LiveRegion() {
    }

    /** Marks {@code component} as a polite status region and returns it. */
    public static <T extends HasElement> T polite(T component) {
        // role=status implies polite and atomic; the explicit attributes serve readers that know only aria-live.
        component.getElement().setAttribute("role", "status").setAttribute("aria-live", "polite")
                .setAttribute("aria-atomic", "true");
        return component;
    }
}
