package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four demo groups across the two networks with all three visibilities, one archived, and one proposal waiting for the
 * secretariat; threads with replies and mentions, an edited post, a pinned announcement, and documents with versions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DemoGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final DocumentStore files;
    private final Clock clock;

    DemoGroups(NamedParameterJdbcTemplate jdbc, ExchangeProperties properties, Environment environment,
            DocumentStore files, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.environment = environment;
        this.files = files;
        this.clock = clock;
    }

    private record Demo(String slug, String name, String network, String visibility, String policy, String status,
            String purpose, String lead, List<String> members) {
    }

    private static final List<Demo> GROUPS = List.of(
            new Demo("health-inequality-data-standards", "Health Inequality Data Standards", "HIM", "PUBLIC", "OPEN",
                    "ACTIVE", "Agree on **common disaggregation variables** and metadata so that national health "
                            + "inequality reports can be compared across countries.",
                    "lead@example.org", List.of("researcher@example.org", "ana.souza@example.org",
                            "ingrid.berg@example.org")),
            new Demo("social-protection-and-health-equity", "Social Protection and Health Equity", "GKNHE",
                    "NETWORK", "REQUEST", "ACTIVE", "Collect evidence on how cash transfers, pensions and health "
                            + "insurance reach the poorest households, and turn it into policy briefs.",
                    "lead@example.org", List.of("member@example.org", "layla.haddad@example.org",
                            "joao.pereira@example.org")),
            new Demo("steering-committee-liaison", "Steering Committee Liaison", "HIM", "PRIVATE", "INVITATION",
                    "ACTIVE", "Prepare the steering committee’s meetings and follow up on its decisions.",
                    "ingrid.berg@example.org", List.of("reviewer@example.org", "omar.siddiqui@example.org")),
            new Demo("urban-health-equity-2025", "Urban Health Equity 2025", "GKNHE", "PUBLIC", "OPEN", "ARCHIVED",
                    "A one-year work stream on equity in fast-growing cities; its final report is published.",
                    "lead@example.org", List.of("member@example.org", "claire.dubois@example.org")));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.getJdbcTemplate().queryForObject("select count(*) from work_group", Long.class);
        if (!properties.demoDataEnabled(environment) || (existing != null && existing > 0)) {
            return;
        }
        Long secretariat = account("secretariat@example.org");
        Long proposer = account("reviewer@example.org");
        if (secretariat == null || proposer == null) {
            return;
        }
        Instant now = clock.instant();
        for (Demo demo : GROUPS) {
            Long lead = account(demo.lead());
            if (lead == null) {
                continue;
            }
            long group = group(demo, proposer, secretariat, now.minus(Duration.ofDays(120)));
            member(group, lead, "LEAD", now.minus(Duration.ofDays(120)));
            activity(group, secretariat, "GROUP_OPENED", demo.name(), null, now.minus(Duration.ofDays(120)));
            int day = 110;
            for (String email : demo.members()) {
                Long id = account(email);
                if (id != null) {
                    member(group, id, "MEMBER", now.minus(Duration.ofDays(day)));
                    activity(group, id, "MEMBER_JOINED", name(id), null, now.minus(Duration.ofDays(day)));
                    day -= 5;
                }
            }
            threads(demo, group, lead, now);
            if (demo.status().equals("ARCHIVED")) {
                activity(group, secretariat, "GROUP_ARCHIVED", demo.name(), null, now.minus(Duration.ofDays(10)));
            }
        }
        Long claire = account("claire.dubois@example.org");
        Long social = jdbc.queryForObject("select id from work_group where slug = 'social-protection-and-health-equity'",
                new MapSqlParameterSource(), Long.class);
        if (claire != null && social != null) {
            jdbc.update("""
                    insert into work_group_join_request (group_id, account_id, message, status, created_at)
                    values (:group, :account, :message, 'PENDING', :at)""", new MapSqlParameterSource("group", social)
                    .addValue("account", claire).addValue("message", "I lead a study of family allowances in France.")
                    .addValue("at", Timestamp.from(now.minus(Duration.ofDays(2)))));
        }
        Long proposal = group(new Demo("subnational-monitoring-methods", "Subnational Monitoring Methods", "HIM",
                "NETWORK", "REQUEST", "PROPOSED", "Compare small-area estimation methods for district-level "
                        + "inequality monitoring.", "reviewer@example.org", List.of()), proposer, null,
                now.minus(Duration.ofDays(3)));
        member(proposal, proposer, "LEAD", now.minus(Duration.ofDays(3)));
        log.info("Seeded {} demo working groups and one proposal", GROUPS.size());
    }

    private void threads(Demo demo, long group, long lead, Instant now) {
        switch (demo.slug()) {
            case "health-inequality-data-standards" -> {
                long welcome = thread(group, lead, "Welcome and ways of working", true, now.minus(Duration.ofDays(100)));
                post(welcome, group, lead, "Welcome! We discuss here and keep drafts in the documents. Please "
                        + "choose how you want to hear about new posts on the group’s page.",
                        now.minus(Duration.ofDays(100)));
                long variables = thread(group, lead, "Disaggregation variables for the 2027 round", false,
                        now.minus(Duration.ofDays(20)));
                Long wei = account("researcher@example.org");
                Long ana = account("ana.souza@example.org");
                long first = post(variables, group, lead, "I propose **age, sex, education, income quintile and "
                        + "place of residence** as the core set. @Wei Zhang, could you check the survey coverage?",
                        now.minus(Duration.ofDays(20)));
                jdbc.update("""
                        insert into work_group_post_edit (post_id, body, edited_by, edited_at)
                        values (:post, :body, :by, :at)""", new MapSqlParameterSource("post", first)
                        .addValue("body", "I propose age, sex, education and income quintile as the core set.")
                        .addValue("by", lead).addValue("at", Timestamp.from(now.minus(Duration.ofDays(19)))));
                jdbc.update("update work_group_post set edited_at = :at where id = :id",
                        new MapSqlParameterSource("id", first).addValue("at",
                                Timestamp.from(now.minus(Duration.ofDays(19)))));
                if (wei != null) {
                    post(variables, group, wei, "Coverage is good for all five in the last two DHS rounds. "
                            + "Subnational region is missing in three countries.", now.minus(Duration.ofDays(18)));
                }
                if (ana != null) {
                    post(variables, group, ana, "Agreed. @Lucía Fernández, shall we add race and ethnicity "
                            + "where the census has it?", now.minus(Duration.ofDays(2)));
                }
                long standard = document(group, lead, "Core disaggregation standard", "Drafts",
                        now.minus(Duration.ofDays(40)));
                version(standard, 1, "core-standard-draft-1.pdf", "Core disaggregation standard, first draft",
                        lead, now.minus(Duration.ofDays(40)));
                version(standard, 2, "core-standard-draft-2.pdf",
                        "Core disaggregation standard, second draft with place of residence", wei == null ? lead : wei,
                        now.minus(Duration.ofDays(12)));
                long minutes = document(group, lead, "Kick-off meeting minutes", "Meetings",
                        now.minus(Duration.ofDays(95)));
                version(minutes, 1, "kick-off-minutes.pdf", "Minutes of the kick-off meeting", lead,
                        now.minus(Duration.ofDays(95)));
            }
            case "social-protection-and-health-equity" -> {
                long briefs = thread(group, lead, "Cash transfers and clinic attendance", false,
                        now.minus(Duration.ofDays(30)));
                post(briefs, group, lead, "Which evaluations should the first policy brief draw on? "
                        + "@Priya Raman, you mentioned the Indian pension study.", now.minus(Duration.ofDays(30)));
                Long priya = account("member@example.org");
                if (priya != null) {
                    post(briefs, group, priya, "Yes, I will share the summary this week.",
                            now.minus(Duration.ofDays(29)));
                }
            }
            case "steering-committee-liaison" -> {
                long agenda = thread(group, lead, "Draft agenda for the next steering committee", true,
                        now.minus(Duration.ofDays(6)));
                post(agenda, group, lead, "Confidential until the meeting: the draft agenda and the budget "
                        + "questions. @Kwame Mensah, please add the call review item.", now.minus(Duration.ofDays(6)));
                long budget = document(group, lead, "Budget 2027 (confidential)", "", now.minus(Duration.ofDays(6)));
                version(budget, 1, "budget-2027.pdf", "Budget 2027, confidential draft", lead,
                        now.minus(Duration.ofDays(6)));
                version(budget, 2, "budget-2027-rev.pdf", "Budget 2027, revised confidential draft", lead,
                        now.minus(Duration.ofDays(1)));
            }
            default -> {
                long report = thread(group, lead, "Final report", false, now.minus(Duration.ofDays(15)));
                post(report, group, lead, "The final report is published. Thank you all for this year.",
                        now.minus(Duration.ofDays(15)));
            }
        }
    }

    private long group(Demo demo, long proposer, @Nullable Long decidedBy, Instant at) {
        return jdbc.queryForObject("""
                insert into work_group (slug, name, purpose, network, terms, deliverables, ends_on, visibility,
                    join_policy, status, proposed_by, decided_by, created_at, updated_at)
                values (:slug, :name, :purpose, :network, :terms, :deliverables, :ends, :visibility, :policy, :status,
                    :proposer, :decided, :at, :at) returning id""", new MapSqlParameterSource("slug", demo.slug())
                .addValue("name", demo.name()).addValue("purpose", demo.purpose()).addValue("network", demo.network())
                .addValue("terms", "Meets monthly online; decisions by consensus; reports to the steering committee.")
                .addValue("deliverables", "- A short report\n- A set of recommendations")
                .addValue("ends", LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusYears(1))
                .addValue("visibility", demo.visibility()).addValue("policy", demo.policy())
                .addValue("status", demo.status()).addValue("proposer", proposer).addValue("decided", decidedBy)
                .addValue("at", Timestamp.from(at)), Long.class);
    }

    private void member(long group, long account, String role, Instant at) {
        jdbc.update("""
                insert into work_group_member (group_id, account_id, role, joined_at)
                values (:group, :account, :role, :at) on conflict do nothing""",
                new MapSqlParameterSource("group", group).addValue("account", account).addValue("role", role)
                        .addValue("at", Timestamp.from(at)));
    }

    private long thread(long group, long author, String title, boolean pinned, Instant at) {
        long id = jdbc.queryForObject("""
                insert into work_group_thread (group_id, title, author_id, pinned, created_at, last_post_at)
                values (:group, :title, :author, :pinned, :at, :at) returning id""",
                new MapSqlParameterSource("group", group).addValue("title", title).addValue("author", author)
                        .addValue("pinned", pinned).addValue("at", Timestamp.from(at)), Long.class);
        activity(group, author, "THREAD_STARTED", title, id, at);
        return id;
    }

    private long post(long thread, long group, long author, String body, Instant at) {
        long id = jdbc.queryForObject("""
                insert into work_group_post (thread_id, group_id, author_id, body, created_at)
                values (:thread, :group, :author, :body, :at) returning id""",
                new MapSqlParameterSource("thread", thread).addValue("group", group).addValue("author", author)
                        .addValue("body", body).addValue("at", Timestamp.from(at)), Long.class);
        jdbc.update("update work_group_thread set last_post_at = greatest(last_post_at, :at) where id = :thread",
                new MapSqlParameterSource("thread", thread).addValue("at", Timestamp.from(at)));
        return id;
    }

    private long document(long group, long author, String title, String folder, Instant at) {
        long id = jdbc.queryForObject("""
                insert into work_group_document (group_id, title, folder, created_by, created_at, updated_at)
                values (:group, :title, :folder, :by, :at, :at) returning id""",
                new MapSqlParameterSource("group", group).addValue("title", title).addValue("folder", folder)
                        .addValue("by", author).addValue("at", Timestamp.from(at)), Long.class);
        activity(group, author, "DOCUMENT_ADDED", title, null, at);
        return id;
    }

    private void version(long document, int number, String fileName, String text, long by, Instant at) {
        byte[] pdf = pdf(text);
        jdbc.update("""
                insert into work_group_document_version (document_id, number, stored_name, file_name, media_type,
                    size_bytes, uploaded_by, uploaded_at)
                values (:document, :number, :stored, :name, 'application/pdf', :size, :by, :at)""",
                new MapSqlParameterSource("document", document).addValue("number", number)
                        .addValue("stored", files.store(pdf, org.healthequity.exchange.shared.files.FileKind.PDF))
                        .addValue("name", fileName).addValue("size", pdf.length).addValue("by", by)
                        .addValue("at", Timestamp.from(at)));
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
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void activity(long group, @Nullable Long actor, String kind, String subject, @Nullable Long thread,
            Instant at) {
        jdbc.update("""
                insert into work_group_activity (group_id, actor_id, kind, subject, thread_id, created_at)
                values (:group, :actor, :kind, :subject, :thread, :at)""", new MapSqlParameterSource("group", group)
                .addValue("actor", actor).addValue("kind", kind).addValue("subject", subject)
                .addValue("thread", thread).addValue("at", Timestamp.from(at)));
    }

    private @Nullable Long account(String email) {
        return jdbc.query("select id from account where lower(email) = lower(:email)",
                new MapSqlParameterSource("email", email), (rs, i) -> rs.getLong(1)).stream().findFirst()
                .orElse(null);
    }

    private String name(long account) {
        return jdbc.queryForObject("select display_name from account where id = :id",
                new MapSqlParameterSource("id", account), String.class);
    }
}
