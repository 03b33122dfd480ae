package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/**
 * The open call on a person's dashboard: reviews waiting for a reviewer, an applicant's unsubmitted drafts of open
 * calls, submissions waiting for screening (secretariat); decisions on the applicant's applications as news.
 */
@Component
class CallTasks implements DashboardContribution {

    private final CallRecords records;
    private final Clock clock;

    CallTasks(CallRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        List<Item> tasks = new ArrayList<>(records.reviewsWaiting(viewer.accountId()));
        tasks.addAll(records.openDrafts(viewer.accountId(), clock.instant()));
        tasks.addAll(records.draftsWithoutTopics(viewer.accountId(), clock.instant()));
        if (viewer.isStaff()) {
            tasks.addAll(records.waitingForScreening());
        }
        return tasks;
    }

    @Override
    public List<Item> news(ExchangeUser viewer) {
        return records.decisions(viewer.accountId());
    }
}
