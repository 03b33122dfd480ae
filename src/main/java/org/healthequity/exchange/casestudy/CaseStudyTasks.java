package org.healthequity.exchange.casestudy;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/** An author's dashboard: case studies returned with comments (a task) and their latest publications (news). */
@Component
class CaseStudyTasks implements DashboardContribution {

    private final CaseStudyRecords records;

    CaseStudyTasks(CaseStudyRecords records) {
        this.records = records;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        return records.returnedTo(viewer.accountId());
    }

    @Override
    public List<Item> news(ExchangeUser viewer) {
        return records.publishedBy(viewer.accountId());
    }
}
