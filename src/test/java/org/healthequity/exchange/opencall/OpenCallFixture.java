package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds calls, applicants and applications for tests through the services, as the secretariat and applicants would.
 * Each call gets a cycle of its own (from 2031: above the demo calls' years, below the module test's 2160–2199), so
 * tests never share a call.
 */
@TestComponent
public record OpenCallFixture(CallAdministration administration, ApplicationSubmission submission,
        ReviewAssignment assignment, Reviewing reviewing, CallDecisions decisions, ApplicationRevisions revisions,
        UserDetailsService users, People people, JdbcTemplate jdbc, Clock clock) {

    public static final String SECRETARIAT = "secretariat@example.org";
    public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    private static final AtomicInteger CYCLES = new AtomicInteger(2030);

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

    /** A fresh, active applicant account (APPLICANT role, in Tokyo), signed in. */
    public String newApplicant(String name) {
        String email = people.inTimeZone(people.applicant(name), ZoneId.of("Asia/Tokyo"));
        signIn(email);
        return email;
    }

    /** A fresh applicant account (active, English) that has not applied anywhere, not signed in. */
    public String applicant(String name) {
        return people.applicant(name);
    }

    public void signIn(String email) {
        Accounts.signIn(users, email);
    }

    /** A reviewer of the fixture's calls: a member of the HIM steering committee. */
    public record Reviewer(String email, String name, long id) {
    }

    /**
     * A fresh member of the HIM steering committee (so a reviewer of every call of {@link #openCall}), living in the
     * country and, unless null, working at the institution (recorded by the secretariat when new); not signed in.
     */
    public Reviewer reviewer(String name, String country, @Nullable String institution) {
        String email = people.applicant(name);
        people.joins(email, Network.HIM, NetworkRole.STEERING_COMMITTEE);
        Long institutionId = institution == null ? null : people.institution(institution, country);
        people.withProfile(email, form -> People.atInstitution(People.inCountry(form, country), institutionId));
        return new Reviewer(email, name, people.id(email));
    }

    /** The secretariat screens the applications in as eligible; the secretariat stays signed in. */
    public void screenedIn(long... applications) {
        signIn(SECRETARIAT);
        for (long application : applications) {
            assignment.screen(application, true, null);
        }
    }

    /** The secretariat assigns the reviewer, who scores and submits the review; the reviewer stays signed in. */
    public long reviewed(long application, Reviewer reviewer, Scores scores) {
        signIn(SECRETARIAT);
        long id = assignment.assign(application, reviewer.id(), null);
        signIn(reviewer.email());
        reviewing.submit(id, reviewing.sheet(id).version(), scores);
        return id;
    }

    /** Scores of the two criteria of {@link #definition()}, with a comment each. */
    public static Scores scores(int expertise, int fit) {
        return new Scores(Map.of("expertise", new Scores.Score(expertise, "Expertise comment"),
                "fit", new Scores.Score(fit, "Fit comment")));
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

    /**
     * A submitted application of a new applicant, screened in, on a call then closed, which the secretariat sent back
     * with the requests, due in {@code due}; returns its id. Nobody stays signed in.
     */
    public long inRevision(long callId, String applicantName, String institution, String country, String requests,
            Duration due) {
        long id = submitted(callId, applicantName, institution, country);
        screenedIn(id);
        close(callId);
        requestRevisions(id, requests, due);
        return id;
    }

    /** The secretariat asks for revisions due in the given time; nobody stays signed in. */
    public void requestRevisions(long application, String requests, Duration due) {
        signIn(SECRETARIAT);
        var draft = decisions.decisionDraft(application, Decision.REVISE);
        revisions.requestRevisions(application, draft.version(), requests, clock.instant().plus(due), draft.mail());
        SecurityContextHolder.clearContext();
    }

    /** The applicant resubmits the application with these answers (revisions were asked for); nobody stays signed in. */
    public void resubmit(long application, Answers answers) {
        signIn(applicantOf(application));
        submission.submit(application, submission.sheet(application).version(), answers);
        SecurityContextHolder.clearContext();
    }

    /** The answers of {@link #complete()} with the summary revised. */
    public static Answers revised() {
        return new Answers(Map.of("summary", List.of("We measure inequality in rural districts too"),
                "motivation", List.of("Because equity matters to us"), "dimensions", List.of("age")));
    }

    /** The application's applicant's sign-in address. */
    public String applicantOf(long application) {
        return jdbc.queryForObject("select a.email from account a join call_application c"
                + " on c.applicant_id = a.id where c.id = ?", String.class, application);
    }

    /** A draft of the HIM network with one required short question and one criterion, open from yesterday. */
    public long draft(int cycle, String title) {
        signIn(SECRETARIAT);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZONE).withSecond(0).withNano(0);
        CallDefinition definition = new CallDefinition(
                new CallDefinition.Eligibility(Set.of(), Set.of(), Set.of(), List.of()),
                List.of(new Question("motivation", QuestionKind.SHORT_TEXT, true, 0, Texts.english("Why?"),
                        Texts.empty(), List.of())),
                AttachmentRules.DEFAULT,
                List.of(new Criterion("relevance", 1, 0, 5, Texts.english("Relevance"), Texts.empty())));
        long id = administration.save(null, -1, new CallForm(Network.HIM, cycle, title, "A call.", "Terms.",
                ZONE.getId(), now.minusDays(1).withHour(12), now.plusDays(30).withHour(12), definition)).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    /** The draft of {@link #draft(int, String)}, opened by the secretariat. */
    public long open(int cycle, String title) {
        long id = draft(cycle, title);
        signIn(SECRETARIAT);
        administration.open(id);
        SecurityContextHolder.clearContext();
        return id;
    }

    /** The applicant applies to a call of {@link #draft(int, String)} from the country and submits; returns its id. */
    public long submittedBy(long callId, String applicantEmail, String institution, String country) {
        signIn(applicantEmail);
        SavedApplication started = submission.start(callId, new EligibilityAnswers(institution,
                InstitutionType.RESEARCH_INSTITUTE, country, Set.of()));
        submission.submit(started.id(), started.version(),
                new Answers(Map.of("motivation", List.of("To monitor inequality better."))));
        SecurityContextHolder.clearContext();
        return started.id();
    }

    public void close(long callId) {
        signIn(SECRETARIAT);
        administration.close(callId);
        SecurityContextHolder.clearContext();
    }
}
