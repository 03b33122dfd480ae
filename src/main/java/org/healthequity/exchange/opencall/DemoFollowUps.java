package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.member.Network;
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
 * Follow-up forms in the demo world (ADR 0034), seeded once after {@link DemoCalls}: last year's decided call gets the
 * default follow-up form; the secretariat sends it to the Bruyère institute, which has submitted it (consenting to be
 * listed, so its contacts show on its institution page), and to CERPOP, which has yet to answer; Makerere's is not
 * sent yet. All of it goes through the services, as the person who would do it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 42)
class DemoFollowUps implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFollowUps.class);
    private static final String SECRETARIAT = "secretariat@example.org";
    private static final String SUBMITTER = "e.tremblay@example.org";
    private static final String WAITING = "l.martin@example.org";

    private final OpenCallRepository calls;
    private final CallApplicationRepository applications;
    private final FollowUps followUps;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoFollowUps(OpenCallRepository calls, CallApplicationRepository applications, FollowUps followUps, RunAs runAs,
            ExchangeProperties properties, Environment environment, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.followUps = followUps;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment)) {
            return;
        }
        Optional<OpenCall> decided = calls.findByStatusInOrderById(List.of(CallStatus.DECIDED)).stream()
                .filter(c -> c.network() == Network.HIM).findFirst();
        if (decided.isEmpty()) {
            return;
        }
        long callId = decided.get().id();
        boolean seeded = runAs.ifAccountExists(SECRETARIAT, () -> {
            if (followUps.form(callId).version() != 0) {
                return false;
            }
            followUps.saveForm(callId, 0, FollowUpDefaults.questions());
            LocalDate due = LocalDate.ofInstant(clock.instant(), decided.get().zone()).plusDays(21);
            for (String applicant : List.of(SUBMITTER, WAITING)) {
                application(callId, applicant).ifPresent(id -> followUps.send(id, due));
            }
            return true;
        }).orElse(false);
        if (!seeded) {
            return;
        }
        runAs.ifAccountExists(SUBMITTER, () -> application(callId, SUBMITTER).map(id -> {
            long version = followUps.sheet(id).version();
            Answers answers = new Answers(Map.of(
                    FollowUps.REPRESENTATIVES, List.of("Élise Tremblay, e.tremblay@example.org"),
                    FollowUps.FOCAL_POINTS, List.of("Marc Gagnon, m.gagnon@example.org\n"
                            + "Aisha Khan, a.khan@example.org"),
                    FollowUps.CONSENT, List.of(FollowUps.CONSENT_YES)));
            return followUps.submit(id, followUps.save(id, version, answers), answers);
        }));
        log.info("Seeded the follow-up forms of the decided call {}", callId);
    }

    private Optional<Long> application(long callId, String applicantEmail) {
        return runAs.ifAccountExists(applicantEmail, () -> applications.findByCallIdAndStatusInOrderByIdAsc(callId,
                Set.of(ApplicationStatus.ACCEPTED)).stream()
                .filter(a -> a.applicantId() == CurrentUser.require().accountId())
                .map(CallApplication::id).findFirst()).flatMap(o -> o);
    }
}
