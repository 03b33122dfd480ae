package org.healthequity.exchange.shared.ui;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.jspecify.annotations.Nullable;

/** A feature's share of a person's dashboard: tasks waiting for them and what is new for them. */
public interface DashboardContribution {

    /**
     * A line on the dashboard: a message key of the bundles with its arguments (the dashboard translates it into the
     * viewer's language), where it leads, and when it happened or is due.
     */
    record Item(String messageKey, List<Object> arguments, String link, @Nullable Instant when) {
    }

    default List<Item> tasks(ExchangeUser viewer) {
        return List.of();
    }

    default List<Item> news(ExchangeUser viewer) {
        return List.of();
    }
}
