package org.healthequity.exchange.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.security.RunAs;
import org.healthequity.exchange.workgroup.GroupOption;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's consultations, written through the services as the people who would have written them (ADR 0015), with
 * no mail: a network-wide one of the GKNHE, closed, with contributions, theme tags, a weekly summary and a synthesis
 * published to the library (waiting in the moderation queue), and an open one in the social-protection working group.
 * It runs after the groups and the case-study library.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 65)
class DemoConsultations implements ApplicationRunner {

    private static final String SECRETARIAT = "secretariat@example.org";
    private static final String GROUP = "social-protection-and-health-equity";

    private final ConsultationRepository consultations;
    private final ConsultationAdministration administration;
    private final Consultations participation;
    private final ConsultationModeration moderation;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoConsultations(ConsultationRepository consultations, ConsultationAdministration administration,
            Consultations participation, ConsultationModeration moderation, RunAs runAs,
            ExchangeProperties properties, Environment environment, Clock clock) {
        this.consultations = consultations;
        this.administration = administration;
        this.participation = participation;
        this.moderation = moderation;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || consultations.count() > 0) {
            return;
        }
        runAs.ifAccountExists(SECRETARIAT, () -> {
            closedNetworkConsultation();
            openGroupConsultation();
            return true;
        });
    }

    private void closedNetworkConsultation() {
        Instant now = clock.instant();
        EditableConsultation created = administration.create(new ConsultationForm(
                "Reaching the households social protection leaves behind",
                "Which households do cash transfers, pensions and health insurance still miss in your country, and "
                        + "what has helped reach them?",
                "The **World report on social determinants of health equity** asks countries to extend social "
                        + "protection to those left behind. This consultation gathers the network's experience "
                        + "before the next report.",
                ConsultationScope.NETWORK, Network.GKNHE, null, List.of(), false, now.minus(Duration.ofDays(21)),
                now.plus(Duration.ofHours(1)), List.of("Who is missed, and why?", "What helped reach them?")));
        administration.publish(created.id(), created.version(), false);
        List<SubQuestionView> questions = participation.consultation(created.id()).orElseThrow().subQuestions();
        List<Long> contributions = new ArrayList<>();
        contribute("member@example.org", created.id(), questions.get(0).id(), "Informal workers in peri-urban "
                + "settlements: they are not registered with the social insurance fund and move often.")
                .ifPresent(contributions::add);
        contribute("layla.haddad@example.org", created.id(), questions.get(0).id(), "النساء المسنّات اللواتي يعشن "
                + "بمفردهن، إذ كان حقهن في المعاش مرتبطًا بسجل عمل أزواجهن الراحلين.")
                .ifPresent(contributions::add);
        contribute("joao.pereira@example.org", created.id(), questions.get(1).id(), "Linking the social registry "
                + "to primary care: community health workers enrol families during home visits.")
                .ifPresent(contributions::add);
        contribute("claire.dubois@example.org", created.id(), questions.get(1).id(), "Housing allowances paid "
                + "with the health insurance subsidy, so one application reaches both.")
                .ifPresent(contributions::add);
        contribute("dmitri.ivanov@example.org", created.id(), questions.get(0).id(), "Трудовые мигранты из сельских "
                + "районов: они теряют право на пособия, когда уезжают на сезонную работу.")
                .ifPresent(contributions::add);
        if (!contributions.isEmpty()) {
            runAs.run("lead@example.org", () -> participation.reply(contributions.getFirst(),
                    "The same in our districts; mobile registration days helped."));
            moderation.tag(contributions.getFirst(), Set.of("SOCIAL_PROTECTION", "EMPLOYMENT"));
            contributions.stream().skip(1).findFirst()
                    .ifPresent(id -> moderation.tag(id, Set.of("SOCIAL_PROTECTION")));
            contributions.stream().skip(3).findFirst()
                    .ifPresent(id -> moderation.tag(id, Set.of("HOUSING", "UNIVERSAL_HEALTH_COVERAGE")));
        }
        moderation.pinSummary(created.id(), "**Week 1.** Contributions so far point to informal workers and older "
                + "women living alone as the households most often missed.", false);
        EditableConsultation open = administration.consultation(created.id());
        administration.close(created.id(), open.version());
        moderation.writeSynthesis(created.id(), """
                Participants named two groups most often missed: **informal workers** in peri-urban settlements and \
                **older women living alone**. What helped reach them was enrolment where people already are (home \
                visits by community health workers) and one application for several benefits.

                The secretariat will bring these findings to the next meeting of the network.""",
                Set.copyOf(contributions), -1);
        moderation.publishSynthesis(created.id(), false);
    }

    private void openGroupConsultation() {
        Optional<GroupOption> group = administration.groups().stream().filter(g -> g.slug().equals(GROUP))
                .findFirst();
        if (group.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        EditableConsultation created = administration.create(new ConsultationForm(
                "Policy brief on cash transfers and health: what should it say?",
                "The group is drafting its first policy brief. Which findings and recommendations should it lead "
                        + "with?", "Share evidence from your country, with sources where you can.",
                ConsultationScope.GROUP, null, group.get().id(), List.of(), true, now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(12)), List.of()));
        administration.publish(created.id(), created.version(), false);
        contribute("member@example.org", created.id(), null, "Lead with the evidence on conditional transfers "
                + "and antenatal care visits; it is the strongest we have.");
        contribute("layla.haddad@example.org", created.id(), null, "Recommend that transfers be paid to women by "
                + "default: the evidence on household spending on health is consistent.");
        moderation.pinSummary(created.id(), "First days: two proposals for the brief's lead finding.", false);
    }

    private Optional<Long> contribute(String email, long consultationId, Long subQuestionId, String text) {
        return runAs.ifAccountExists(email, () -> participation.contribute(consultationId, subQuestionId, text));
    }
}
