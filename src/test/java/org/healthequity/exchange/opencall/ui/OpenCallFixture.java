package org.healthequity.exchange.opencall.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Eligibility;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.opencall.EligibilityAnswers;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.opencall.SavedApplication;
import org.healthequity.exchange.opencall.Texts;
import org.healthequity.exchange.support.Accounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Calls and applications made through the services, as the secretariat and applicants make them. */
record OpenCallFixture(CallAdministration administration, ApplicationSubmission submission, UserDetailsService users,
        JdbcTemplate jdbc, Clock clock) {

    static final String SECRETARIAT = "secretariat@example.org";
    static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    /** Cycles no demo call uses; each test takes its own (one counter for every open-call test). */
    static int nextCycle() {
        return org.healthequity.exchange.opencall.OpenCallFixture.nextCycle();
    }

    /** A draft of the HIM network with one required short question and one criterion, open from yesterday. */
    long draft(int cycle, String title) {
        Accounts.signIn(users, SECRETARIAT);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZONE).withSecond(0).withNano(0);
        CallDefinition definition = new CallDefinition(
                new Eligibility(Set.of(), Set.of(), Set.of(), List.of()),
                List.of(new Question("motivation", QuestionKind.SHORT_TEXT, true, 0, Texts.english("Why?"),
                        Texts.empty(), List.of())),
                AttachmentRules.DEFAULT,
                List.of(new Criterion("relevance", 1, 0, 5, Texts.english("Relevance"), Texts.empty())));
        long id = administration.save(null, -1, new CallForm(Network.HIM, cycle, title, "A call.", "Terms.",
                ZONE.getId(), now.minusDays(1).withHour(12), now.plusDays(30).withHour(12), definition)).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    long open(int cycle, String title) {
        long id = draft(cycle, title);
        Accounts.signIn(users, SECRETARIAT);
        administration.open(id);
        SecurityContextHolder.clearContext();
        return id;
    }

    /** A fresh applicant account (active, English) that has not applied anywhere. */
    String applicant(String name) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        jdbc.update("""
                insert into account (email, display_name, password_hash, status, preferred_language, created_at,
                    confirmed_at) values (?, ?, 'not-a-hash', 'ACTIVE', 'en', now(), now())""", email, name);
        jdbc.update("insert into account_role (account_id, role) select id, 'APPLICANT' from account where email = ?",
                email);
        return email;
    }

    /** The applicant applies from the country and submits; returns the application's id. */
    long submitted(long callId, String applicantEmail, String institution, String country) {
        Accounts.signIn(users, applicantEmail);
        SavedApplication started = submission.start(callId, new EligibilityAnswers(institution,
                InstitutionType.RESEARCH_INSTITUTE, country, Set.of()));
        submission.submit(started.id(), started.version(),
                new Answers(Map.of("motivation", List.of("To monitor inequality better."))));
        SecurityContextHolder.clearContext();
        return started.id();
    }

    void close(long callId) {
        Accounts.signIn(users, SECRETARIAT);
        administration.close(callId);
        SecurityContextHolder.clearContext();
    }
}
