package org.healthequity.exchange.shared.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Reads a numeric id from an address; anything else is simply "not found", never an error page. */
public final class RouteIds {

    private RouteIds() {
    }

    /** The route's ":id" parameter. */
    public static Optional<Long> id(BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").flatMap(RouteIds::parse);
    }

    /** A query or route value as an id. */
    public static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
