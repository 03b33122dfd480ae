package org.healthequity.exchange.workgroup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

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
 * Four demo groups across the two networks with all three visibilities, one archived, and one proposal waiting for the
 * secretariat; threads with replies and mentions, an edited post, a pinned announcement, and documents with versions.
 * It goes through the services (ADR 0015), each step as the person who would take it: the steering committee proposes,
 * the secretariat approves and archives, members join (or ask, and the lead accepts), write and upload. Three seeding
 * hooks of this module cover what no service does: each step is dated in the past afterwards
 * ({@link GroupQueries#backdate}), posts are written without their mail, and the members of the invitation-only group
 * join without a mailed invitation ({@link GroupMembership#joinAsInvited}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DemoGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);
    private static final String SECRETARIAT = "secretariat@example.org";
    private static final String PROPOSER = "reviewer@example.org";
    private static final String TERMS = "Meets monthly online; decisions by consensus; reports to the steering committee.";
    private static final String DELIVERABLES = "- A short report\n- A set of recommendations";
    private static final int OPENED_DAYS_AGO = 330;

    private final WorkingGroups groups;
    private final GroupMembership membership;
    private final GroupDiscussions discussions;
    private final GroupDocuments documents;
    private final WorkingGroupRepository repository;
    private final GroupQueries queries;
    private final RunAs runAs;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoGroups(WorkingGroups groups, GroupMembership membership, GroupDiscussions discussions,
            GroupDocuments documents, WorkingGroupRepository repository, GroupQueries queries, RunAs runAs,
            ExchangeProperties properties, Environment environment, Clock clock) {
        this.groups = groups;
        this.membership = membership;
        this.discussions = discussions;
        this.documents = documents;
        this.repository = repository;
        this.queries = queries;
        this.runAs = runAs;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    private record Demo(String slug, String name, Network network, GroupVisibility visibility, JoinPolicy policy,
            boolean archived, String purpose, String lead, List<String> members) {
    }

    private static final List<Demo> GROUPS = List.of(
            new Demo("health-inequality-data-standards", "Health Inequality Data Standards", Network.HIM,
                    GroupVisibility.PUBLIC, JoinPolicy.OPEN, false, "Agree on **common disaggregation variables** "
                            + "and metadata so that national health inequality reports can be compared across "
                            + "countries.",
                    "lead@example.org", List.of("researcher@example.org", "ana.souza@example.org",
                            "ingrid.berg@example.org")),
            new Demo("social-protection-and-health-equity", "Social Protection and Health Equity", Network.GKNHE,
                    GroupVisibility.NETWORK, JoinPolicy.REQUEST, false, "Collect evidence on how cash transfers, "
                            + "pensions and health insurance reach the poorest households, and turn it into policy "
                            + "briefs.",
                    "lead@example.org", List.of("member@example.org", "layla.haddad@example.org",
                            "joao.pereira@example.org")),
            new Demo("steering-committee-liaison", "Steering Committee Liaison", Network.HIM,
                    GroupVisibility.PRIVATE, JoinPolicy.INVITATION, false,
                    "Prepare the steering committee’s meetings and follow up on its decisions.",
                    "ingrid.berg@example.org", List.of("reviewer@example.org", "omar.siddiqui@example.org")),
            new Demo("urban-health-equity-2025", "Urban Health Equity 2025", Network.GKNHE, GroupVisibility.PUBLIC,
                    JoinPolicy.OPEN, true, "A one-year work stream on equity in fast-growing cities; its final report "
                            + "is published.",
                    "lead@example.org", List.of("member@example.org", "claire.dubois@example.org")));

    private static final Demo PROPOSAL = new Demo("subnational-monitoring-methods", "Subnational Monitoring Methods",
            Network.HIM, GroupVisibility.NETWORK, JoinPolicy.REQUEST, false,
            "Compare small-area estimation methods for district-level inequality monitoring.", PROPOSER, List.of());

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || repository.count() > 0 || !exists(SECRETARIAT)
                || !exists(PROPOSER)) {
            return;
        }
        Instant now = clock.instant();
        for (Demo demo : GROUPS) {
            if (!exists(demo.lead())) {
                continue;
            }
            // Opened about a year ago, so the dashboards' group activity has a history (ADR 0029).
            Instant opened = now.minus(Duration.ofDays(OPENED_DAYS_AGO));
            long group = proposed(demo, opened);
            at(group, opened, () -> runAs.run(SECRETARIAT, () -> groups.approve(group)));
            int day = OPENED_DAYS_AGO - 10;
            for (String email : demo.members()) {
                if (exists(email)) {
                    at(group, now.minus(Duration.ofDays(day)), () -> join(demo, group, email));
                    day -= 5;
                }
            }
            threads(demo, group, now);
            if (demo.archived()) {
                at(group, now.minus(Duration.ofDays(10)), () -> runAs.run(SECRETARIAT, () -> groups.archive(group)));
            }
        }
        long social = repository.findBySlug("social-protection-and-health-equity").map(WorkingGroup::id).orElse(-1L);
        if (social > 0 && exists("claire.dubois@example.org")) {
            at(social, now.minus(Duration.ofDays(2)), () -> runAs.run("claire.dubois@example.org",
                    () -> membership.join(social, "I lead a study of family allowances in France.")));
        }
        proposed(PROPOSAL, now.minus(Duration.ofDays(3)));
        log.info("Seeded {} demo working groups and one proposal", GROUPS.size());
    }

    /** The steering committee's proposal of the group, with its lead, made on the day given. */
    private long proposed(Demo demo, Instant at) {
        Instant since = clock.instant();
        long group = runAs.as(PROPOSER, () -> groups.propose(new GroupForm(demo.name(), demo.purpose(),
                demo.network(), TERMS, DELIVERABLES, LocalDate.ofInstant(at, ZoneOffset.UTC).plusYears(1),
                demo.visibility(), demo.policy(), List.of(demo.lead()))));
        queries.backdate(group, since, at);
        return group;
    }

    /** A member joins as the group's policy allows: at once, on request accepted by the lead, or as if invited. */
    private void join(Demo demo, long group, String email) {
        switch (demo.policy()) {
            case OPEN -> runAs.run(email, () -> membership.join(group, ""));
            case REQUEST -> {
                long member = runAs.as(email, () -> {
                    membership.join(group, "");
                    return CurrentUser.require().accountId();
                });
                runAs.run(demo.lead(), () -> membership.pendingRequests(group).stream()
                        .filter(r -> r.accountId() == member)
                        .forEach(r -> membership.decideRequest(r.id(), true)));
            }
            case INVITATION -> runAs.run(email, () -> membership.joinAsInvited(group));
        }
    }

    private void threads(Demo demo, long group, Instant now) {
        String lead = demo.lead();
        switch (demo.slug()) {
            case "health-inequality-data-standards" -> {
                long welcome = start(group, lead, "Welcome and ways of working", "Welcome! We discuss here and keep "
                        + "drafts in the documents. Please choose how you want to hear about new posts on the "
                        + "group’s page.", now.minus(Duration.ofDays(100)));
                at(group, now.minus(Duration.ofDays(100)), () -> runAs.run(lead,
                        () -> discussions.pin(welcome, true)));
                meetingNotes(group, lead, now);
                long variables = start(group, lead, "Disaggregation variables for the 2027 round",
                        "I propose age, sex, education and income quintile as the core set.",
                        now.minus(Duration.ofDays(20)));
                at(group, now.minus(Duration.ofDays(19)), () -> runAs.run(lead, () -> {
                    PostView first = discussions.thread(variables).orElseThrow().posts().getFirst();
                    discussions.edit(first.id(), first.version(), "I propose **age, sex, education, income "
                            + "quintile and place of residence** as the core set. @Wei Zhang, could you check the "
                            + "survey coverage?");
                }));
                String wei = "researcher@example.org";
                boolean weiThere = exists(wei);
                if (weiThere) {
                    reply(group, variables, wei, "Coverage is good for all five in the last two DHS rounds. "
                            + "Subnational region is missing in three countries.", now.minus(Duration.ofDays(18)));
                }
                if (exists("ana.souza@example.org")) {
                    reply(group, variables, "ana.souza@example.org", "Agreed. @Lucía Fernández, shall we add race "
                            + "and ethnicity where the census has it?", now.minus(Duration.ofDays(2)));
                }
                long standard = upload(group, lead, "Core disaggregation standard", "Drafts",
                        "core-standard-draft-1.pdf", "Core disaggregation standard, first draft",
                        now.minus(Duration.ofDays(40)));
                version(group, standard, weiThere ? wei : lead, "core-standard-draft-2.pdf",
                        "Core disaggregation standard, second draft with place of residence",
                        now.minus(Duration.ofDays(12)));
                upload(group, lead, "Kick-off meeting minutes", "Meetings", "kick-off-minutes.pdf",
                        "Minutes of the kick-off meeting", now.minus(Duration.ofDays(95)));
            }
            case "social-protection-and-health-equity" -> {
                long briefs = start(group, lead, "Cash transfers and clinic attendance", "Which evaluations should "
                        + "the first policy brief draw on? @Priya Raman, you mentioned the Indian pension study.",
                        now.minus(Duration.ofDays(30)));
                if (exists("member@example.org")) {
                    reply(group, briefs, "member@example.org", "Yes, I will share the summary this week.",
                            now.minus(Duration.ofDays(29)));
                }
            }
            case "steering-committee-liaison" -> {
                long agenda = start(group, lead, "Draft agenda for the next steering committee", "Confidential "
                        + "until the meeting: the draft agenda and the budget questions. @Kwame Mensah, please add "
                        + "the call review item.", now.minus(Duration.ofDays(6)));
                at(group, now.minus(Duration.ofDays(6)), () -> runAs.run(lead, () -> discussions.pin(agenda, true)));
                long budget = upload(group, lead, "Budget 2027 (confidential)", "", "budget-2027.pdf",
                        "Budget 2027, confidential draft", now.minus(Duration.ofDays(6)));
                version(group, budget, lead, "budget-2027-rev.pdf", "Budget 2027, revised confidential draft",
                        now.minus(Duration.ofDays(1)));
            }
            default -> start(group, lead, "Final report", "The final report is published. Thank you all for this "
                    + "year.", now.minus(Duration.ofDays(15)));
        }
    }

    /** A thread of monthly meeting notes over the group's year, one post a month by its lead and members in turn. */
    private void meetingNotes(long group, String lead, Instant now) {
        List<String> writers = new ArrayList<>(List.of(lead));
        for (String email : List.of("researcher@example.org", "ana.souza@example.org", "ingrid.berg@example.org")) {
            if (exists(email)) {
                writers.add(email);
            }
        }
        long notes = start(group, lead, "Monthly meeting notes", "Notes of our first online meeting: we agreed the "
                + "terms of reference and the work plan.", now.minus(Duration.ofDays(300)));
        for (int month = 1; month <= 9; month++) {
            String writer = writers.get(month % writers.size());
            reply(group, notes, writer, "Notes of meeting " + (month + 1) + ": progress on the draft standard and the "
                    + "next steps.", now.minus(Duration.ofDays(300 - 30L * month)));
        }
    }

    /** A thread started by the person, without mail: the demo world's history mails nobody. */
    private long start(long group, String author, String title, String body, Instant at) {
        return dated(group, at, () -> runAs.as(author, () -> discussions.start(group, title, body, false)));
    }

    private void reply(long group, long thread, String author, String body, Instant at) {
        dated(group, at, () -> runAs.as(author, () -> discussions.reply(thread, body, false)));
    }

    private long upload(long group, String author, String title, String folder, String fileName, String text,
            Instant at) {
        return dated(group, at, () -> runAs.as(author, () -> documents.upload(group, title, folder, fileName,
                pdf(text))));
    }

    private void version(long group, long document, String author, String fileName, String text, Instant at) {
        dated(group, at, () -> runAs.as(author, () -> documents.uploadVersion(document, fileName, pdf(text))));
    }

    /** Takes one step of the group's history now, then dates what it wrote at the moment given. */
    private void at(long group, Instant at, Runnable step) {
        dated(group, at, () -> {
            step.run();
            return 0;
        });
    }

    private long dated(long group, Instant at, LongSupplier step) {
        Instant since = clock.instant();
        long result = step.getAsLong();
        queries.backdate(group, since, at);
        return result;
    }

    private boolean exists(String email) {
        return runAs.ifAccountExists(email, () -> true).isPresent();
    }

    /** A one-page PDF showing one line of text, with a correct cross-reference table. */
    static byte[] pdf(String line) {
        String text = line.replace("\\", "").replace("(", "").replace(")", "").replaceAll("[^\\x20-\\x7E]", "?");
        String stream = "BT /F1 16 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
