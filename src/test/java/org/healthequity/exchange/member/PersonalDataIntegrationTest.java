package org.healthequity.exchange.member;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Hashes;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Download my data and delete my account; and the guard that keeps the export complete. */
class PersonalDataIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    /** A call definition the views can read (an empty one), for a call inserted without the services. */
    private static final String EMPTY_DEFINITION = """
            {"eligibility": {"institutionTypes": [], "regions": [], "countries": [], "declarations": []},
             "questions": [], "attachments": {"maxBytes": 10485760, "kinds": ["PDF"]}, "rubric": []}""";


    private static final String PASSWORD = "a long walk to Geneva";

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    ProfileService profiles;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SessionRegistry sessions;

    /** Every table that points at an account (directly or through its profile) must be in the export's registry. */
    @Test
    void everyTableHoldingSomeonesDataIsExported() {
        List<String> referencing = jdbc.queryForList("""
                select distinct tc.table_name from information_schema.table_constraints tc
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name in ('account', 'profile')
                """, String.class);
        Set<String> registered = new TreeSet<>(PersonalDataService.SOURCES.stream()
                .map(PersonalDataService.Source::table).toList());
        registered.addAll(PersonalDataService.WITHHELD_TABLES.keySet());
        assertThat(registered).containsAll(referencing).contains("account", "outgoing_mail", "audit_event");
    }

    /** A new column in a personal-data table is exported unless it is deliberately withheld; each part has rows. */
    @Test
    void everyColumnOfThoseTablesIsExportedOrDeliberatelyWithheld() {
        String email = fullPerson();
        ExchangeUser me = (ExchangeUser) users.loadUserByUsername(email);
        Map<String, Object> data = personalData.collect(me.accountId(), email);
        for (PersonalDataService.Source source : PersonalDataService.SOURCES) {
            Set<String> columns = new TreeSet<>(jdbc.queryForList(
                    "select column_name from information_schema.columns where table_name = ?", String.class,
                    source.table()));
            columns.removeIf(column -> !source.exports(column));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) data.get(source.key());
            assertThat(rows).as("%s has the person's rows", source.key()).isNotEmpty();
            assertThat(rows.getFirst().keySet()).as("columns of %s in the export", source.key())
                    .containsExactlyInAnyOrderElementsOf(columns);
        }
    }

    @Test
    void theDownloadHoldsThePersonsDataAndNobodyElses() throws Exception {
        String email = fullPerson();
        byte[] zip = personalData.exportMyData();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("personal-data.json");
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains(email, "Full Person", "Health economist", "THEME:HOUSING", "confirm-email")
                    .doesNotContain("member@example.org", "password_hash", "token_hash", "$2a$");
        }
    }

    @Test
    void deletingAnAccountAnonymisesItAndEndsEverything() {
        String email = fullPerson();
        ExchangeUser me = (ExchangeUser) users.loadUserByUsername(email);
        sessions.registerNewSession("deleted-person-session", me);
        passwords.requestPasswordReset(email, Language.ENGLISH);
        long queued = jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and status = 'QUEUED'",
                Long.class, email);
        assertThat(queued).isPositive();

        assertThatThrownBy(() -> deletion.deleteMyAccount("not my password")).isInstanceOf(Refused.class);
        deletion.deleteMyAccount(PASSWORD);

        assertThat(jdbc.queryForObject("select count(*) from account where lower(email) = lower(?)", Long.class,
                email)).isZero();
        Map<String, Object> row = jdbc.queryForMap("select email, display_name, status from account where id = ?",
                me.accountId());
        assertThat(row.get("display_name")).isEqualTo("Former member " + me.accountId());
        assertThat(row.get("status")).isEqualTo("DELETED");
        assertThat(jdbc.queryForObject("select count(*) from profile where account_id = ?", Long.class,
                me.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from network_membership where account_id = ?", Long.class,
                me.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ?", Long.class,
                me.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from clearance_focal_point where account_id = ?", Long.class,
                me.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from translation_request_watcher where account_id = ?",
                Long.class, me.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_group_member where account_id = ?", Long.class,
                me.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from consultation_invitee where account_id = ?", Long.class,
                me.accountId())).as("no longer invited to consultations").isZero();
        assertThat(jdbc.queryForObject("select count(*) from consultation_contribution where author_id = ?",
                Long.class, me.accountId())).as("contributions stay, under the pseudonym").isOne();
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where account_id = ?", Long.class,
                me.accountId())).as("the API tokens end with the account").isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_group_invitation where lower(email) = lower(?)",
                Long.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and status = 'QUEUED'",
                Long.class, email)).isZero();
        assertThat(sessions.getSessionInformation("deleted-person-session").isExpired()).isTrue();
        assertThat(users.loadUserByUsername("deleted-" + me.accountId() + "@invalid.example").isEnabled()).isFalse();
        sessions.removeSessionInformation("deleted-person-session");
    }

    /** A person with a row in every personal-data table, signed in. */
    private String fullPerson() {
        String email = uniqueEmail("full");
        accounts.register(new Registration("Full Person", email, Language.ENGLISH));
        accounts.confirmEmail(Outbox.latestToken(jdbc, email), PASSWORD);
        Accounts.signIn(users, email);
        EditableProfile loaded = profiles.myProfile();
        profiles.saveMyProfile(new ProfileForm("Health economist", null, "KE", "Bio", true, Visibility.PUBLIC,
                Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC,
                Set.of(Language.ENGLISH), Set.of("THEME:HOUSING"), Visibility.MEMBERS), loaded.version());
        ExchangeUser me = (ExchangeUser) users.loadUserByUsername(email);
        people.joins(email, Network.HIM);
        jdbc.update("""
                insert into invitation (email, network, role, token_hash, invited_by, created_at, expires_at)
                values (?, 'GKNHE', 'MEMBER', ?, ?, now(), now() + interval '1 day')""", email,
                UUID.randomUUID().toString(), me.accountId());
        jdbc.update("insert into staff_note (account_id, author, text, created_at) values (?, 'secretariat', 'Note', now())",
                me.accountId());
        Long caseStudy = jdbc.queryForObject("""
                insert into case_study (network, language, owner_id, status, created_at)
                values ('HIM', 'en', ?, 'DRAFT', now()) returning id""", Long.class, me.accountId());
        jdbc.update("insert into case_study_author (case_study_id, account_id, position) values (?, ?, 0)", caseStudy,
                me.accountId());
        Long revision = jdbc.queryForObject("""
                insert into case_study_revision (case_study_id, number, status, language, network, title, created_by,
                    created_at, updated_at, submitted_by) values (?, 1, 'DRAFT', 'en', 'HIM', 'Mine', ?, now(), now(), ?)
                returning id""", Long.class, caseStudy, me.accountId(), me.accountId());
        // A code no case study names, so that other tests' approvals are never held for this focal point's clearance.
        jdbc.update("insert into clearance_focal_point (account_id, country, named_at) values (?, 'ZZ', now())",
                me.accountId());
        jdbc.update("""
                insert into case_study_clearance (case_study_id, revision_id, country, status, requested_at, decided_by,
                    decided_at, comment) values (?, ?, 'ZZ', 'CHANGES_REQUESTED', now(), ?, now(), 'Please cite')""",
                caseStudy, revision, me.accountId());
        Long translationRequest = jdbc.queryForObject("""
                insert into translation_request (case_study_id, language, status, requested_by, requested_at, taken_by,
                    taken_at) values (?, 'zh', 'TAKEN', ?, now(), ?, now()) returning id""", Long.class, caseStudy,
                me.accountId(), me.accountId());
        jdbc.update("insert into translation_request_watcher (request_id, account_id, added_at) values (?, ?, now())",
                translationRequest, me.accountId());
        jdbc.update("""
                insert into case_study_attachment (case_study_id, stored_name, file_name, media_type, size_bytes,
                    uploaded_by, uploaded_at) values (?, ?, 'a.pdf', 'application/pdf', 1, ?, now())""", caseStudy,
                UUID.randomUUID() + ".pdf", me.accountId());
        jdbc.update("""
                insert into moderation_item (kind, content_type, content_id, title, language, author_id, raised_by,
                    status, claimed_by, created_at) values ('FLAG', 'CASE_STUDY', ?, 'Mine', 'en', ?, ?, 'OPEN', ?,
                    now())""", caseStudy, me.accountId(), me.accountId(), me.accountId());
        jdbc.update("""
                insert into moderation_item (kind, content_type, content_id, title, language, author_id, status,
                    created_at) values ('REVIEW', 'CASE_STUDY', ?, 'Mine', 'en', ?, 'WITHDRAWN', now())""",
                caseStudy, me.accountId());
        Long call = jdbc.queryForObject("""
                insert into open_call (network, cycle, status, title, time_zone, opens_at, closes_at, definition,
                    created_at, updated_at)
                values ('GKNHE', (select coalesce(min(cycle), 2201) - 1 from open_call where network = 'GKNHE'),
                    'DRAFT', 'Call', 'UTC', now(), now() + interval '1 day', ?::jsonb, now(), now()) returning id""",
                Long.class, EMPTY_DEFINITION);
        Long application = jdbc.queryForObject("""
                insert into call_application (call_id, applicant_id, status, institution_name, institution_type,
                    country, region, created_at, updated_at, decided_by)
                values (?, ?, 'DRAFT', 'Institute', 'UNIVERSITY', 'KE', 'AFR', now(), now(), ?) returning id""",
                Long.class, call, me.accountId(), me.accountId());
        jdbc.update("""
                insert into call_application_file (application_id, question, file_name, media_type, size_bytes,
                    storage_path, uploaded_at) values (?, 'cv', 'cv.pdf', 'application/pdf', 1, 'x.pdf', now())""",
                application);
        jdbc.update("""
                insert into call_application_version (application_id, number, answers, submitted_at,
                    revision_requests) values (?, 1, '{}'::jsonb, now(), 'Say more about the data sources')""",
                application);
        jdbc.update("""
                insert into call_application_matching (application_id, topics, updated_at)
                values (?, '{THEME:HOUSING}', now())""", application);
        jdbc.update("""
                insert into call_application_reviewer_preference (application_id, person_id, excluded, reason)
                values (?, ?, true, 'We co-author a report')""", application, me.accountId());
        jdbc.update("""
                insert into call_follow_up (application_id, sent_by, sent_at, due_at, updated_at)
                values (?, ?, now(), now() + interval '21 days', now())""", application, me.accountId());
        jdbc.update("""
                insert into call_review (application_id, reviewer_id, status, assigned_by, assigned_at)
                values (?, ?, 'ASSIGNED', ?, now())""", application, me.accountId(), me.accountId());
        jdbc.update("""
                insert into call_review_post (application_id, round, author_id, body, posted_at)
                values (?, 1, ?, 'The budget is thin', now())""", application, me.accountId());
        jdbc.update("""
                insert into call_committee_chair (call_id, chair_id, assigned_by, assigned_at)
                values (?, ?, ?, now())""", call, me.accountId(), me.accountId());
        jdbc.update("""
                insert into call_meta_review (application_id, round, chair_id, text, recommendation, written_at)
                values (?, 1, ?, 'A strong team', 'ACCEPT', now())""", application, me.accountId());
        Long newsletter = jdbc.queryForObject("""
                insert into newsletter (status, created_by, created_at, updated_at) values ('DRAFT', ?, now(), now())
                returning id""", Long.class, me.accountId());
        jdbc.update("""
                insert into newsletter_delivery (newsletter_id, account_id, network, language, queued_at)
                values (?, ?, 'HIM', 'en', now())""", newsletter, me.accountId());
        Long series = jdbc.queryForObject("""
                insert into webinar_series (frequency, created_by, created_at) values ('MONTHLY', ?, now())
                returning id""", Long.class, me.accountId());
        Long webinar = jdbc.queryForObject("""
                insert into webinar (uid, series_id, title, starts_at, ends_at, zone, join_url, audience, status,
                    organiser_id, created_at, updated_at) values (?, ?, 'Mine', now(), now() + interval '1 hour',
                    'Europe/Zurich', 'https://meet.example.org/x', 'PUBLIC', 'SCHEDULED', ?, now(), now())
                returning id""", Long.class, UUID.randomUUID().toString(), series, me.accountId());
        jdbc.update("insert into webinar_speaker (webinar_id, position, account_id, name) values (?, 0, ?, 'Me')",
                webinar, me.accountId());
        jdbc.update("""
                insert into webinar_registration (webinar_id, account_id, status, registered_at)
                values (?, ?, 'REGISTERED', now())""", webinar, me.accountId());
        jdbc.update("insert into calendar_feed (account_id, token_hash, created_at) values (?, ?, now())",
                me.accountId(), UUID.randomUUID().toString());
        jdbc.update("""
                insert into personal_access_token (account_id, name, secret_hash, created_at, expires_at, scopes)
                values (?, 'script', ?, now(), now() + interval '30 days', '{read:library}')""", me.accountId(),
                Hashes.sha256Hex(UUID.randomUUID().toString()));
        jdbc.update("""
                insert into external_identity (account_id, issuer, subject, email_at_link, linked_at, last_sign_in_at)
                values (?, 'https://login.example.org', ?, ?, now(), now())""", me.accountId(),
                UUID.randomUUID().toString(), email);
        Long group = jdbc.queryForObject("""
                insert into work_group (slug, name, purpose, network, visibility, join_policy, status, proposed_by,
                    created_at, updated_at) values (?, 'Group', 'Purpose', 'HIM', 'PRIVATE', 'OPEN', 'ACTIVE', ?,
                    now(), now()) returning id""", Long.class, "full-" + me.accountId(), me.accountId());
        jdbc.update("insert into work_group_member (group_id, account_id, role, joined_at) values (?, ?, 'LEAD', now())",
                group, me.accountId());
        jdbc.update("""
                insert into work_group_invitation (group_id, email, token_hash, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, now(), now())""", group, email, UUID.randomUUID().toString(),
                me.accountId());
        jdbc.update("""
                insert into work_group_join_request (group_id, account_id, status, created_at, decided_by)
                values (?, ?, 'DECLINED', now(), ?)""", group, me.accountId(), me.accountId());
        Long thread = jdbc.queryForObject("""
                insert into work_group_thread (group_id, title, author_id, created_at, last_post_at)
                values (?, 'Thread', ?, now(), now()) returning id""", Long.class, group, me.accountId());
        Long post = jdbc.queryForObject("""
                insert into work_group_post (thread_id, group_id, author_id, body, created_at, deleted_by)
                values (?, ?, ?, 'Post', now(), ?) returning id""", Long.class, thread, group, me.accountId(),
                me.accountId());
        jdbc.update("insert into work_group_post_edit (post_id, body, edited_by, edited_at) values (?, 'Old', ?, now())",
                post, me.accountId());
        jdbc.update("""
                insert into work_group_activity (group_id, actor_id, kind, created_at)
                values (?, ?, 'THREAD_STARTED', now())""", group, me.accountId());
        jdbc.update("insert into work_group_digest_sent (account_id, day, sent_at) values (?, current_date, now())",
                me.accountId());
        Long document = jdbc.queryForObject("""
                insert into work_group_document (group_id, title, created_by, created_at, updated_at)
                values (?, 'Doc', ?, now(), now()) returning id""", Long.class, group, me.accountId());
        jdbc.update("""
                insert into work_group_document_version (document_id, number, stored_name, file_name, media_type,
                    size_bytes, uploaded_by, uploaded_at) values (?, 1, 'x.pdf', 'doc.pdf', 'application/pdf', 1, ?, now())
                """, document, me.accountId());
        // A draft consultation (never in search) the person created, was invited to, contributed to and synthesised.
        Long consultation = jdbc.queryForObject("""
                insert into consultation (title, question, scope, status, opens_at, closes_at, created_by, created_at,
                    updated_at) values ('Mine', 'Why?', 'INVITED', 'DRAFT', now(), now() + interval '1 day', ?, now(),
                    now()) returning id""", Long.class, me.accountId());
        jdbc.update("insert into consultation_invitee (consultation_id, account_id) values (?, ?)", consultation,
                me.accountId());
        Long contribution = jdbc.queryForObject("""
                insert into consultation_contribution (consultation_id, author_id, body, created_at)
                values (?, ?, 'Because', now()) returning id""", Long.class, consultation, me.accountId());
        jdbc.update("""
                insert into consultation_attachment (contribution_id, stored_name, file_name, media_type, size_bytes,
                    uploaded_by, uploaded_at) values (?, 'x.pdf', 'why.pdf', 'application/pdf', 1, ?, now())""",
                contribution, me.accountId());
        jdbc.update("""
                insert into consultation_summary (consultation_id, body, written_by, pinned_at)
                values (?, 'Week one', ?, now())""", consultation, me.accountId());
        jdbc.update("""
                insert into consultation_synthesis (consultation_id, body, written_by, written_at)
                values (?, 'In sum', ?, now())""", consultation, me.accountId());
        // Rows written by hand tell search as the services would, or the shared index would miss them.
        events.publishEvent(new SearchableChanged("THREAD", thread));
        events.publishEvent(new SearchableChanged("GROUP_DOCUMENT", document));
        events.publishEvent(new SearchableChanged("WEBINAR", webinar));
        return email;
    }
}
