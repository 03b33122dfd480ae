package org.healthequity.exchange.opencall;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionAdmitted;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HIM Network's open calls as demo data, seeded once: last year's call, decided (three institutions admitted, one
 * waitlisted, one declined), and this year's call, open for six more weeks with drafts, submissions and reviews in
 * progress. The applicants are the demo applicant accounts of the member module.
 * <p>
 * Each step goes through the module's services as the demo person who would take it (ADR 0015): the secretariat
 * creates, clones, opens, closes, screens, assigns and marks decided; applicants start their applications, save their
 * answers and attach their files; a reviewer scores and submits. What no service can express is the module's seeding
 * hook below, written with the entities (and {@link CallRecords#dateDemoReview} for this year's reviews, made through
 * the services and dated afterwards): a call that opened last year (the service refuses to open a call whose
 * deadline has passed), applications submitted and reviewed on past days (the services stamp the clock's now, and
 * submitting through {@link ApplicationSubmission} would mail the demo applicants, who get none), and last year's
 * decisions (deciding through {@link CallDecisions} mails the applicant).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoCalls implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String SECRETARIAT = "secretariat@example.org";
    private static final String[] CRITERIA = {"expertise", "relevance", "contribution", "diversity"};
    private static final String[] COMMENTS = {"Long record of national inequality reports.",
            "Directly relevant to the Network.", "Concrete offer of training and tools.",
            "Adds a region the Network lacks."};

    private final OpenCallRepository calls;
    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final ApplicationFiles files;
    private final CallRecords records;
    private final CallAdministration administration;
    private final ApplicationSubmission submission;
    private final ReviewAssignment assignment;
    private final Reviewing reviewing;
    private final Countries countries;
    private final RunAs runAs;
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoCalls(OpenCallRepository calls, CallApplicationRepository applications, CallReviewRepository reviews,
            ApplicationFiles files, CallRecords records, CallAdministration administration,
            ApplicationSubmission submission, ReviewAssignment assignment, Reviewing reviewing, Countries countries,
            RunAs runAs, ApplicationEventPublisher events, ExchangeProperties properties, Environment environment,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.files = files;
        this.records = records;
        this.administration = administration;
        this.submission = submission;
        this.assignment = assignment;
        this.reviewing = reviewing;
        this.countries = countries;
        this.runAs = runAs;
        this.events = events;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || calls.count() > 0
                || runAs.ifAccountExists("reviewer@example.org", () -> true).isEmpty()
                || runAs.ifAccountExists("a.patnaik@example.org", () -> true).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int thisYear = LocalDateTime.ofInstant(now, GENEVA).getYear();
        long decided = decidedCall(thisYear - 1);
        openCall(decided, thisYear, now);
        log.info("Seeded the HIM Network's open calls {} (decided) and {} (open)", thisYear - 1, thisYear);
    }

    private long decidedCall(int cycle) {
        LocalDateTime opens = LocalDateTime.of(cycle, 2, 3, 9, 0);
        LocalDateTime closes = LocalDateTime.of(cycle, 3, 31, 23, 59);
        long callId = runAs.as(SECRETARIAT, () -> {
            long id = administration.save(null, 0, form(cycle, opens, closes)).id();
            administration.uploadTerms(id, terms(cycle));
            return id;
        });
        OpenCall call = openedInThePast(callId);
        Instant opened = call.opensAt();
        Instant closed = call.closesAt();
        Instant decided = closed.plus(Duration.ofDays(40));
        var tremblay = submittedInThePast(call, "e.tremblay@example.org", "Bruyère Health Research Institute",
                InstitutionType.RESEARCH_INSTITUTE, "CA", opened.plus(Duration.ofDays(20)));
        var martin = submittedInThePast(call, "l.martin@example.org",
                "CERPOP, Université de Toulouse III Paul Sabatier", InstitutionType.RESEARCH_INSTITUTE, "FR",
                opened.plus(Duration.ofDays(33)));
        var okello = submittedInThePast(call, "n.okello@example.org", "Makerere University School of Public Health",
                InstitutionType.UNIVERSITY, "UG", opened.plus(Duration.ofDays(41)));
        var rahimi = submittedInThePast(call, "s.rahimi@example.org",
                "Health Equity Research Center, Tehran University of Medical Sciences", InstitutionType.UNIVERSITY,
                "IR", opened.plus(Duration.ofDays(50)));
        var silva = submittedInThePast(call, "r.silva@example.org", "Observatório de Saúde Urbana",
                InstitutionType.OTHER, "BR", opened.plus(Duration.ofDays(55)));
        List<CallApplication> all = List.of(tremblay, martin, okello, rahimi, silva);
        // Past its deadline, the call is closed as the secretariat would close it; the deadline stays as it was.
        runAs.run(SECRETARIAT, () -> {
            administration.close(callId);
            all.forEach(a -> assignment.screen(a.id(), true, null));
        });
        Instant screened = closed.plus(Duration.ofDays(3));
        int[][] marks = {{5, 5, 4, 4}, {5, 4, 5, 3}, {4, 5, 5, 5}, {4, 3, 3, 4}, {2, 3, 2, 3}};
        String[][] pairs = {{"reviewer@example.org", "ingrid.berg@example.org"},
                {"reviewer@example.org", "omar.siddiqui@example.org"},
                {"ingrid.berg@example.org", "omar.siddiqui@example.org"},
                {"reviewer@example.org", "ingrid.berg@example.org"},
                {"ingrid.berg@example.org", "omar.siddiqui@example.org"}};
        long secretariat = accountId(SECRETARIAT);
        for (int i = 0; i < all.size(); i++) {
            for (int r = 0; r < 2; r++) {
                int[] m = marks[i].clone();
                if (r == 1) {
                    m[0] = Math.max(1, m[0] - (i % 2));
                }
                reviewedInThePast(all.get(i), accountId(pairs[i][r]), secretariat, scores(m),
                        screened.plus(Duration.ofDays(1)), screened.plus(Duration.ofDays(10 + r)));
            }
        }
        for (CallApplication a : List.of(tremblay, martin, okello)) {
            decidedInThePast(call, a, Decision.ACCEPT, null, secretariat, decided);
        }
        decidedInThePast(call, rahimi, Decision.WAITLIST, "Next place that frees up", secretariat, decided);
        // Before a place frees up, the committee asks the waitlisted institution to bring its application up to date.
        Instant asked = clock.instant().minus(Duration.ofDays(2));
        rahimi.requestRevisions("Please describe the provincial survey data added since last year, and name the focal"
                + " point who would represent the centre in the network's working groups.",
                asked.plus(Duration.ofDays(23)), secretariat, asked);
        decidedInThePast(call, silva, Decision.DECLINE, "Not a research or governmental institution", secretariat,
                decided);
        runAs.run(SECRETARIAT, () -> administration.markDecided(callId));
        return callId;
    }

    private void openCall(long lastYear, int cycle, Instant now) {
        LocalDateTime today = LocalDateTime.ofInstant(now, GENEVA).truncatedTo(ChronoUnit.DAYS);
        LocalDateTime opens = today.minusDays(30).withHour(9);
        LocalDateTime closes = today.plusDays(45).withHour(23).withMinute(59);
        // The secretariat starts from last year's call, sets this year's dates and terms, and opens it.
        long callId = runAs.as(SECRETARIAT, () -> {
            long id = administration.cloneCall(lastYear, cycle);
            administration.save(id, administration.edit(id).version(), form(cycle, opens, closes));
            administration.uploadTerms(id, terms(cycle));
            administration.open(id);
            return id;
        });
        Instant started = opens.atZone(GENEVA).toInstant().plus(Duration.ofDays(5));
        long patnaik = apply(callId, "a.patnaik@example.org", "ICMR Regional Medical Research Centre, Bhubaneswar",
                InstitutionType.RESEARCH_INSTITUTE, "IN", true);
        long becker = apply(callId, "j.becker@example.org", "School of Public Health, Bielefeld University",
                InstitutionType.UNIVERSITY, "DE", true);
        long lam = apply(callId, "k.lam@example.org", "School of Public Health, The University of Hong Kong",
                InstitutionType.UNIVERSITY, "CN", true);
        apply(callId, "applicant@example.org", "Jordan University of Science and Technology",
                InstitutionType.UNIVERSITY, "JO", false);
        apply(callId, "t.nguyen@example.org", "Hanoi University of Public Health", InstitutionType.UNIVERSITY, "VN",
                false);
        submittedOn(patnaik, started.plus(Duration.ofDays(4)));
        submittedOn(becker, started.plus(Duration.ofDays(12)));
        submittedOn(lam, started.plus(Duration.ofDays(15)));
        long reviewer = accountId("reviewer@example.org");
        long[] assigned = runAs.as(SECRETARIAT, () -> {
            assignment.screen(patnaik, true, null);
            assignment.screen(lam, true, null);
            return new long[] {assignment.assign(patnaik, reviewer, null),
                    assignment.assign(patnaik, accountId("ingrid.berg@example.org"), null),
                    assignment.assign(lam, reviewer, null),
                    assignment.assign(lam, accountId("omar.siddiqui@example.org"), null)};
        });
        runAs.run("reviewer@example.org", () -> reviewing.submit(assigned[0],
                reviewing.sheet(assigned[0]).version(), scores(new int[] {4, 5, 4, 5})));
        // Seeding hook: the assignments were made, and the first review submitted, on past days.
        Instant screened = started.plus(Duration.ofDays(16));
        records.dateDemoReview(assigned[0], screened, screened.plus(Duration.ofDays(2)));
        for (int i = 1; i < assigned.length; i++) {
            records.dateDemoReview(assigned[i], screened, null);
        }
    }

    /** The call's form as the secretariat fills it in, in Geneva time. */
    private static CallForm form(int cycle, LocalDateTime opens, LocalDateTime closes) {
        return new CallForm(Network.HIM, cycle, "Health Inequality Monitoring Network: Open Call for Applications "
                + cycle, DemoCallContent.DESCRIPTION, DemoCallContent.TERMS, GENEVA.getId(), opens, closes,
                DemoCallContent.definition());
    }

    private static byte[] terms(int cycle) {
        return pdf("Health Inequality Monitoring Network - Terms of Reference", "Open Call for Applications " + cycle);
    }

    /**
     * An applicant starts an application after the eligibility check and saves their answers; a complete one gets its
     * CV attached too. Returns the application's id.
     */
    private long apply(long callId, String email, String institution, InstitutionType type, String country,
            boolean complete) {
        return runAs.as(email, () -> {
            SavedApplication saved = submission.start(callId, new EligibilityAnswers(institution, type, country,
                    Set.of("expertise", "participation", "independence")));
            saved = submission.saveDraft(saved.id(), saved.version(), answers(institution, complete));
            if (complete) {
                submission.addFile(saved.id(), "cv", "curriculum-vitae.pdf", pdf("Curriculum vitae", institution));
            }
            return saved.id();
        });
    }

    /**
     * Seeding hook: last year's call opened on its opening day, which {@link CallAdministration#open} refuses once the
     * deadline has passed.
     */
    private OpenCall openedInThePast(long callId) {
        OpenCall call = calls.findById(callId).orElseThrow();
        call.open(call.opensAt());
        return call;
    }

    /**
     * Seeding hook: an application to last year's call, started two days before it was submitted on a past day. The
     * service accepts neither (the call is no longer open) and submitting through it would mail the applicant.
     */
    private CallApplication submittedInThePast(OpenCall call, String email, String institution, InstitutionType type,
            String country, Instant at) {
        String region = countries.find(country, Language.ENGLISH).map(CountryRef::region).orElseThrow();
        CallApplication application = applications.saveAndFlush(new CallApplication(call.id(), accountId(email),
                new EligibilityAnswers(institution, type, country, Set.of("expertise", "participation",
                        "independence")), region, at.minus(Duration.ofDays(2))));
        application.saveAnswers(answers(institution, true), at);
        files.add(application.id(), "cv", "curriculum-vitae.pdf", pdf("Curriculum vitae", institution),
                AttachmentRules.DEFAULT, at);
        application.submit(at);
        return application;
    }

    /**
     * Seeding hook: an application of this year's call, completed through the services, submitted on a past day:
     * {@link ApplicationSubmission#submit} stamps the clock's now and mails the applicant, who gets no demo mail.
     */
    private void submittedOn(long applicationId, Instant at) {
        applications.findById(applicationId).orElseThrow().submit(at);
    }

    /**
     * Seeding hook: a review of last year's call, assigned and submitted on past days (the services stamp the
     * clock's now).
     */
    private void reviewedInThePast(CallApplication application, long reviewer, long secretariat, Scores scores,
            Instant assigned, Instant submitted) {
        CallReview review = new CallReview(application.id(), reviewer, null, secretariat, assigned);
        review.saveScores(scores);
        review.submit(submitted);
        reviews.save(review);
    }

    /**
     * Seeding hook: last year's decision, taken on a past day; {@link CallDecisions#decide} stamps the clock's now
     * and mails the applicant. An acceptance admits the institution as the service's does.
     */
    private void decidedInThePast(OpenCall call, CallApplication application, Decision decision,
            @Nullable String note, long secretariat, Instant at) {
        application.decide(decision, note, secretariat, at);
        if (decision == Decision.ACCEPT) {
            events.publishEvent(new InstitutionAdmitted(application.id(), call.network().name(),
                    application.applicantId(), application.institutionName(), application.institutionType().name(),
                    application.country(), at));
        }
    }

    private static Scores scores(int[] marks) {
        Map<String, Scores.Score> scores = new LinkedHashMap<>();
        for (int i = 0; i < CRITERIA.length; i++) {
            scores.put(CRITERIA[i], new Scores.Score(marks[i], COMMENTS[i]));
        }
        return new Scores(scores);
    }

    private long accountId(String email) {
        return runAs.as(email, () -> CurrentUser.require().accountId());
    }

    private static Answers answers(String institution, boolean complete) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("unit", List.of("Department of Epidemiology and Health Statistics"));
        values.put("expertise", List.of(institution + " has produced disaggregated analyses of national health "
                + "surveys for more than ten years, by wealth quintile, education, sex and place of residence, and "
                + "publishes an annual report on the state of health inequality in the country."));
        if (complete) {
            values.put("contribution", List.of("We would share our analysis code and training material, co-lead a "
                    + "technical working group on small-area estimation, and host one regional workshop."));
            values.put("mandate", List.of("academic"));
            values.put("dimensions", List.of("economic", "education", "sex", "place"));
        }
        return new Answers(values);
    }

    static byte[] pdf(String title, String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                content.newLineAtOffset(72, 720);
                content.showText(title);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(0, -24);
                content.showText(line.replaceAll("[^\\x20-\\x7E]", "?"));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
