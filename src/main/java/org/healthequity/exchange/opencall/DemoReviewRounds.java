package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for review rounds' committee work, after {@link DemoCalls}: this year's call gets a committee chair
 * (omar.siddiqui@example.org), the second review of the ICMR centre's application comes in, its two reviewers discuss
 * it and the chair writes a meta-review. All through the services, as the people would. (The application in revision,
 * s.rahimi@example.org, comes from {@link DemoCalls}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 41)
class DemoReviewRounds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewRounds.class);
    private static final String SECRETARIAT = "secretariat@example.org";
    private static final String CHAIR = "omar.siddiqui@example.org";
    private static final String FIRST = "reviewer@example.org";
    private static final String SECOND = "ingrid.berg@example.org";

    private final OpenCallRepository calls;
    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final MetaReviewRepository metaReviews;
    private final Reviewing reviewing;
    private final ReviewDiscussion discussion;
    private final CommitteeReview committee;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoReviewRounds(OpenCallRepository calls, CallApplicationRepository applications, CallReviewRepository reviews,
            MetaReviewRepository metaReviews, Reviewing reviewing, ReviewDiscussion discussion,
            CommitteeReview committee, RunAs runAs, ExchangeProperties properties, Environment environment,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.metaReviews = metaReviews;
        this.reviewing = reviewing;
        this.discussion = discussion;
        this.committee = committee;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || metaReviews.count() > 0
                || runAs.ifAccountExists(CHAIR, () -> true).isEmpty()
                || runAs.ifAccountExists("a.patnaik@example.org", () -> true).isEmpty()) {
            return;
        }
        int thisYear = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Zurich")).getYear();
        Optional<OpenCall> call = calls.findByStatusInOrderById(List.of(CallStatus.OPEN)).stream()
                .filter(c -> c.cycle() == thisYear).findFirst();
        long applicant = accountId("a.patnaik@example.org");
        Optional<CallApplication> patnaik = call.flatMap(c -> applications.findByCallIdAndApplicantId(c.id(),
                applicant));
        if (patnaik.isEmpty()) {
            return;
        }
        long applicationId = patnaik.get().id();
        long callId = call.get().id();
        long chair = accountId(CHAIR);
        runAs.run(SECRETARIAT, () -> committee.nameChair(callId, chair));
        long second = accountId(SECOND);
        reviews.findByApplicationIdAndRound(applicationId, 1).stream()
                .filter(r -> r.reviewerId() == second && r.status() == ReviewStatus.ASSIGNED).findFirst()
                .ifPresent(r -> runAs.run(SECOND, () -> reviewing.submit(r.id(), reviewing.sheet(r.id()).version(),
                        scores(new int[] {3, 4, 3, 4}, "Solid national reports; the offer to the Network is"
                                + " vaguer than last year's applicants'."))));
        runAs.run(FIRST, () -> discussion.post(applicationId, "We differ most on the contribution: I read the"
                + " training offer as concrete (two courses a year). Ingrid, what did you miss?"));
        runAs.run(SECOND, () -> discussion.post(applicationId, "The courses are named but not who teaches them or"
                + " in which language. If they confirm instructors, I would move my score up."));
        runAs.run(CHAIR, () -> committee.writeMetaReview(applicationId, -1, "Both reviewers see a strong"
                + " monitoring record. The disagreement is about the training offer, which lacks instructors and"
                + " languages. Recommend acceptance, asking the centre to name its instructors in the first work"
                + " plan.", Decision.ACCEPT));
        log.info("Seeded the committee chair, a reviewers' discussion and a meta-review of call {}", callId);
    }

    private static Scores scores(int[] marks, String comment) {
        String[] criteria = {"expertise", "relevance", "contribution", "diversity"};
        Map<String, Scores.Score> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.length; i++) {
            scores.put(criteria[i], new Scores.Score(marks[i], comment));
        }
        return new Scores(scores);
    }

    private long accountId(String email) {
        return runAs.as(email, () -> CurrentUser.require().accountId());
    }
}
