package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/** The committee chair's dashboard: applications whose reviews are all in and that wait for a meta-review. */
@Component
class ChairTasks implements DashboardContribution {

    private static final int LIMIT = 10;

    private final CommitteeChairRepository chairs;
    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final MetaReviewRepository metaReviews;
    private final CallRecords records;

    ChairTasks(CommitteeChairRepository chairs, CallApplicationRepository applications, CallReviewRepository reviews,
            MetaReviewRepository metaReviews, CallRecords records) {
        this.chairs = chairs;
        this.applications = applications;
        this.reviews = reviews;
        this.metaReviews = metaReviews;
        this.records = records;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        List<Item> tasks = new ArrayList<>();
        for (CommitteeChair chair : chairs.findByChairId(viewer.accountId())) {
            OpenCall call = records.call(chair.callId());
            for (CallApplication a : applications.findByCallIdAndStatusInOrderByIdAsc(call.id(),
                    Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED))) {
                List<CallReview> active = reviews.findByApplicationIdAndRound(a.id(), a.answersVersion()).stream()
                        .filter(r -> r.status() != ReviewStatus.CONFLICT).toList();
                boolean complete = !active.isEmpty()
                        && active.stream().allMatch(r -> r.status() == ReviewStatus.SUBMITTED);
                if (complete && tasks.size() < LIMIT
                        && metaReviews.findByApplicationIdAndRound(a.id(), a.answersVersion()).isEmpty()) {
                    tasks.add(new Item("opencall.dashboard.meta-review", List.of(
                            BlindReview.institution(call.definition(), a, viewer), call.title()),
                            "applications/" + a.id() + "/review", a.submittedAt()));
                }
            }
        }
        return tasks;
    }
}
