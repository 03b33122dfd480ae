package org.healthequity.exchange.workgroup;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/**
 * Working groups on a person's dashboard: join requests waiting for a lead, and the latest discussions of the active
 * groups the person belongs to (never of any other group).
 */
@Component
class GroupTasks implements DashboardContribution {

    private final GroupQueries queries;

    GroupTasks(GroupQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        return queries.joinRequestsWaiting(viewer.accountId());
    }

    @Override
    public List<Item> news(ExchangeUser viewer) {
        return queries.latestThreads(viewer.accountId());
    }
}
