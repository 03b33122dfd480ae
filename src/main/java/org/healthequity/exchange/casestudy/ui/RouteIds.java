package org.healthequity.exchange.casestudy.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Reads the numeric ":id" of an address; anything else is "not found", never an error page. */
final class RouteIds {

    private RouteIds() {
    }

    static Optional<Long> id(BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").flatMap(RouteIds::parse);
    }

    static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
