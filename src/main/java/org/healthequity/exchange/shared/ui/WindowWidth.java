package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The browser window's width for a component that lays itself out by it (a grid's cards, a list beside or above its
 * detail): read from the browser when the component is attached and again on every resize, until it is detached.
 * Vaadin's free components have no layout that changes by width, and CSS cannot move a grid's columns or a component
 * from one parent to another, so the choice is the server's.
 */
final class WindowWidth {

    private WindowWidth() {
    }

    /** Calls {@code fit} with the window's inner width (CSS pixels) on attach and on every resize. */
    static void follow(Component component, SerializableConsumer<Integer> fit) {
        component.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
            Registration resize = attach.getUI().getPage().addBrowserWindowResizeListener(e -> fit.accept(e.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
