package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.support.Accounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds calls, applicants and applications for tests through the services, as the secretariat and applicants would.
 * Each call gets a cycle of its own (from 2101), so tests never share a call.
 */
public record OpenCallFixture(CallAdministration administration, ApplicationSubmission submission,
        UserDetailsService users, JdbcTemplate jdbc) {

    public static final String SECRETARIAT = "secretariat@example.org";
    public static final String REVIEWER_GHANA = "reviewer@example.org";
    public static final String REVIEWER_NORWAY = "ingrid.berg@example.org";
    public static final String REVIEWER_PAKISTAN = "omar.siddiqui@example.org";

    private static final AtomicInteger CYCLES = new AtomicInteger(2100);

    public static int nextCycle() {
        return CYCLES.incrementAndGet();
    }

    /** Universities and research institutes of any region but Europe; two declarations; four questions; two criteria. */
    public static CallDefinition definition() {
        return new CallDefinition(
                new CallDefinition.Eligibility(Set.of(InstitutionType.UNIVERSITY, InstitutionType.RESEARCH_INSTITUTE),
                        Set.of("AFR", "AMR", "SEAR", "EMR", "WPR"), Set.of(),
                        List.of(new Declaration("expertise", Texts.english("We monitor health inequality")))),
                List.of(new Question("summary", QuestionKind.SHORT_TEXT, true, 0, Texts.english("Summary"),
                                Texts.empty(), List.of()),
                        new Question("motivation", QuestionKind.LONG_TEXT, true, 10,
                                new Texts(Map.of("en", "Motivation", "fr", "Motivation (fr)")), Texts.empty(),
                                List.of()),
                        new Question("dimensions", QuestionKind.MULTIPLE_CHOICE, false, 0, Texts.english("Dimensions"),
                                Texts.empty(), List.of(new Choice("age", Texts.english("Age")),
                                        new Choice("sex", Texts.english("Sex")))),
                        new Question("letter", QuestionKind.FILE, false, 0, Texts.english("Support letter"),
                                Texts.empty(), List.of())),
                AttachmentRules.DEFAULT,
                List.of(new Criterion("expertise", 3, 1, 5, Texts.english("Expertise"), Texts.empty()),
                        new Criterion("fit", 1, 0, 10, Texts.english("Fit"), Texts.empty())));
    }

    public long openCall(ZoneId zone, LocalDateTime opens, LocalDateTime closes) {
        return openCall(zone, opens, closes, definition());
    }

    /** A call of the HIM network, opened; the caller is signed in as the secretariat meanwhile. */
    public long openCall(ZoneId zone, LocalDateTime opens, LocalDateTime closes, CallDefinition definition) {
        signIn(SECRETARIAT);
        int cycle = nextCycle();
        long id = administration.save(null, 0, new CallForm(Network.HIM, cycle, "Open call " + cycle, "About",
                "Terms", zone.getId(), opens, closes, definition)).id();
        administration.open(id);
        SecurityContextHolder.clearContext();
        return id;
    }

    /** An open call of the HIM network closing in {@code days} days at Geneva time. */
    public long openCallClosingIn(Instant now, int days) {
        ZoneId zone = ZoneId.of("Europe/Zurich");
        LocalDateTime local = LocalDateTime.ofInstant(now, zone).withNano(0);
        return openCall(zone, local.minusDays(1), local.plusDays(days));
    }

    /** A fresh, active applicant account (APPLICANT role), signed in. */
    public String newApplicant(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + java.util.UUID.randomUUID().toString()
                .substring(0, 8) + "@example.net";
        Long id = jdbc.queryForObject("""
                insert into account (email, display_name, password_hash, status, preferred_language, time_zone,
                    created_at, confirmed_at) values (?, ?, '{noop}x', 'ACTIVE', 'en', 'Asia/Tokyo', now(), now())
                returning id""", Long.class, email, name);
        jdbc.update("insert into account_role (account_id, role) values (?, 'APPLICANT')", id);
        signIn(email);
        return email;
    }

    public void signIn(String email) {
        Accounts.signIn(users, email);
    }

    public static EligibilityAnswers eligible(String institution, String country) {
        return new EligibilityAnswers(institution, InstitutionType.UNIVERSITY, country, Set.of("expertise"));
    }

    public static Answers complete() {
        return new Answers(Map.of("summary", List.of("We measure inequality"),
                "motivation", List.of("Because equity matters to us"), "dimensions", List.of("age")));
    }

    /** A submitted application of a new applicant from this institution and country; returns its id. */
    public long submitted(long callId, String applicantName, String institution, String country) {
        newApplicant(applicantName);
        SavedApplication started = submission.start(callId, eligible(institution, country));
        SavedApplication saved = submission.saveDraft(started.id(), started.version(), complete());
        submission.submit(saved.id(), saved.version(), complete());
        SecurityContextHolder.clearContext();
        return saved.id();
    }
}
