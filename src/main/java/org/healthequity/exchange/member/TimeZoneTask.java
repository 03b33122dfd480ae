package org.healthequity.exchange.member;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/** Suggests, on the dashboard, that a person without a saved time zone picks one. */
@Component
class TimeZoneTask implements DashboardContribution {

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        return viewer.timeZone() == null ? List.of(new Item("account.task.time-zone", List.of(), "account", null))
                : List.of();
    }
}
