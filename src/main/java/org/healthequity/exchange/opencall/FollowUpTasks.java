package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/** An applicant's follow-up forms waiting for their answers, on their dashboard until submitted or due (ADR 0034). */
@Component
class FollowUpTasks implements DashboardContribution {

    private final FollowUpRows rows;
    private final Clock clock;

    FollowUpTasks(FollowUpRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        return rows.waiting(viewer.accountId(), clock.instant());
    }
}
