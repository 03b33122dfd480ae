package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
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
 * Expertise matching in the demo world (ADR 0033), seeded once after {@link DemoCalls}: on this year's open call,
 * Bielefeld's submitted application carries topics that Ingrid Berg's declared expertise covers, suggests Omar
 * Siddiqui and excludes Kwame Mensah with a reason, so the secretariat's reviewer dialog shows the ranking, the flag
 * and the exclusion. The call's CV and letter questions are hidden from reviewers ({@link DemoCallContent}). All of it
 * goes through the services, as the applicant.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 41)
class DemoMatching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);
    private static final String APPLICANT = "j.becker@example.org";

    private final OpenCallRepository calls;
    private final ApplicationSubmission submission;
    private final ReviewerMatching matching;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;

    DemoMatching(OpenCallRepository calls, ApplicationSubmission submission, ReviewerMatching matching, RunAs runAs,
            ExchangeProperties properties, Environment environment) {
        this.calls = calls;
        this.submission = submission;
        this.matching = matching;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment)) {
            return;
        }
        Optional<OpenCall> open = calls.findByStatusInOrderById(List.of(CallStatus.OPEN)).stream()
                .filter(c -> c.network() == Network.HIM).findFirst();
        if (open.isEmpty()) {
            return;
        }
        long omar = accountId("omar.siddiqui@example.org");
        long kwame = accountId("reviewer@example.org");
        if (omar < 0 || kwame < 0) {
            return;
        }
        boolean seeded = runAs.ifAccountExists(APPLICANT, () -> submission.myApplicationTo(open.get().id())
                .filter(id -> matching.preferences(id).version() == 0)
                .map(id -> matching.save(id, 0, List.of("DIMENSION:OCCUPATION", "DIMENSION:SOCIOECONOMIC_STATUS",
                        "SDG:8"), List.of(omar), List.of(new Exclusion(kwame,
                        "Dr Mensah co-authored our 2024 report on informal work; he could not judge it freely."))))
                .isPresent()).orElse(false);
        if (seeded) {
            log.info("Seeded topics and reviewer preferences on the open call {}", open.get().id());
        }
    }

    private long accountId(String email) {
        return runAs.ifAccountExists(email, () -> CurrentUser.require().accountId()).orElse(-1L);
    }
}
