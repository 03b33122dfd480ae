package org.healthequity.exchange.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.SessionTermination;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * A person's rights over their data: a download of everything the portal holds about them, and deletion of their
 * account. The export works from a registry of every table that holds personal data and exports whole rows, so a new
 * column is exported unless it is deliberately withheld (a test keeps the registry complete).
 */
@Service
public class PersonalDataService {

    /** A table holding personal data: how to find the person's rows, and which columns are withheld (secrets). */
    record Source(String table, String ownerCondition, Set<String> withheld) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("account", "id = :id", Set.of("password_hash")),
            new Source("account_role", "account_id = :id", Set.of()),
            new Source("account_token", "account_id = :id", Set.of("token_hash")),
            new Source("profile", "account_id = :id", Set.of()),
            new Source("profile_language", "account_id = :id", Set.of()),
            new Source("profile_expertise", "account_id = :id", Set.of()),
            new Source("network_membership", "account_id = :id", Set.of()),
            new Source("outgoing_mail", "lower(recipient) = lower(:email)", Set.of()),
            new Source("invitation", "accepted_by = :id or lower(email) = lower(:email)", Set.of("token_hash")),
            new Source("staff_note", "account_id = :id", Set.of()),
            new Source("case_study", "owner_id = :id", Set.of()),
            new Source("case_study_author", "account_id = :id", Set.of()),
            new Source("case_study_revision", "created_by = :id or submitted_by = :id", Set.of()),
            new Source("case_study_attachment", "uploaded_by = :id", Set.of("stored_name", "extracted_text")),
            new Source("moderation_item",
                    "author_id = :id or raised_by = :id or claimed_by = :id or decided_by = :id", Set.of()),
            new Source("call_application", "applicant_id = :id or decided_by = :id", Set.of()),
            new Source("call_application_file",
                    "application_id in (select id from call_application where applicant_id = :id)",
                    Set.of("storage_path")),
            new Source("call_review", "reviewer_id = :id or assigned_by = :id", Set.of()),
            new Source("audit_event", "lower(actor) = lower(:email)", Set.of()),
            new Source("webinar_series", "created_by = :id", Set.of()),
            new Source("webinar", "organiser_id = :id", Set.of()),
            new Source("webinar_speaker", "account_id = :id", Set.of()),
            new Source("webinar_registration", "account_id = :id", Set.of()),
            new Source("calendar_feed", "account_id = :id", Set.of("token")),
            new Source("work_group", "proposed_by = :id or decided_by = :id", Set.of()),
            new Source("work_group_member", "account_id = :id", Set.of()),
            new Source("work_group_invitation",
                    "invited_by = :id or accepted_by = :id or lower(email) = lower(:email)", Set.of("token_hash")),
            new Source("work_group_join_request", "account_id = :id or decided_by = :id", Set.of()),
            new Source("work_group_thread", "author_id = :id", Set.of()),
            new Source("work_group_post", "author_id = :id or deleted_by = :id", Set.of()),
            new Source("work_group_post_edit", "edited_by = :id", Set.of()),
            new Source("work_group_activity", "actor_id = :id", Set.of()),
            new Source("work_group_digest_sent", "account_id = :id", Set.of()),
            new Source("work_group_document", "created_by = :id", Set.of()),
            new Source("work_group_document_version", "uploaded_by = :id", Set.of("stored_name")));

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final MailOutbox mail;
    private final SessionTermination sessions;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final PhotoStore photos;
    private final AdministratorGuard administrators;

    PersonalDataService(NamedParameterJdbcTemplate jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder,
            MailOutbox mail, SessionTermination sessions, AuditLog audit, ObjectMapper json, Clock clock,
            PhotoStore photos, AdministratorGuard administrators) {
        this.administrators = administrators;
        this.photos = photos;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Everything the portal holds about the signed-in person, as a ZIP with personal-data.json. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] exportMyData() {
        ExchangeUser me = CurrentUser.require();
        Map<String, Object> data = collect(me.accountId(), me.getUsername());
        audit.record("account.export", "account", me.accountId(), AuditOutcome.SUCCESS, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("personal-data.json"));
            zip.write(json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(data));
            zip.closeEntry();
            java.util.Optional<byte[]> photo = photos.read(photoPath(me.accountId()));
            if (photo.isPresent()) {
                zip.putNextEntry(new ZipEntry("photo.jpg"));
                zip.write(photo.get());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Deletes the signed-in person's account after checking their password: the profile, memberships (of networks and
     * working groups), tokens and queued mail go; the account row stays under a pseudonym so that what others depend
     * on stays attributed; every session ends.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(String currentPassword) {
        ExchangeUser me = CurrentUser.require();
        Account account = accounts.findByEmailWithRoles(me.getUsername()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            audit.recordIndependently(me.getUsername(), "account.delete", "account", me.accountId(),
                    AuditOutcome.DENIED, "wrong password");
            throw new AccountProblem("current", "account.password.wrong-current");
        }
        if (administrators.holdsAdmin(account.id())) {
            administrators.keepAnActiveAdministrator(account.id(), "account.delete");
        }
        String email = account.email();
        MapSqlParameterSource id = new MapSqlParameterSource("id", account.id());
        String photo = photoPath(account.id());
        jdbc.update("delete from profile where account_id = :id", id);
        photos.delete(photo);
        jdbc.update("delete from network_membership where account_id = :id", id);
        jdbc.update("delete from account_token where account_id = :id", id);
        jdbc.update("delete from staff_note where account_id = :id", id);
        // The calendar feed's secret address stops working with the account.
        jdbc.update("delete from calendar_feed where account_id = :id", id);
        jdbc.update("update invitation set email = 'deleted-' || id || '@invalid.example' where lower(email) = lower(:email)",
                new MapSqlParameterSource("email", email));
        // Working groups: the person leaves every group (no more mail, no longer listed), requests and invitations end.
        jdbc.update("delete from work_group_member where account_id = :id", id);
        jdbc.update("update work_group_join_request set status = 'WITHDRAWN' where account_id = :id"
                + " and status = 'PENDING'", id);
        jdbc.update("update work_group_invitation set email = 'deleted-' || id || '@invalid.example'"
                + " where lower(email) = lower(:email)", new MapSqlParameterSource("email", email));
        mail.cancelQueuedFor(email);
        account.anonymise(passwordEncoder.encode(AccountToken.newSecret()), clock.instant());
        accounts.save(account);
        sessions.endSessions(email, null);
        audit.recordAs("Former member " + account.id(), "account.delete", "account", account.id(),
                AuditOutcome.SUCCESS, null);
    }

    private @org.jspecify.annotations.Nullable String photoPath(long accountId) {
        List<String> paths = jdbc.queryForList("select photo_path from profile where account_id = :id",
                new MapSqlParameterSource("id", accountId), String.class);
        return paths.isEmpty() ? null : paths.getFirst();
    }

    private static @org.jspecify.annotations.Nullable Object exportable(@org.jspecify.annotations.Nullable Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value != null && value.getClass().getName().equals("org.postgresql.util.PGobject")) {
            // jsonb (answers, scores): exported as the JSON text it holds
            return value.toString();
        }
        if (value instanceof java.sql.Array array) {
            try {
                return java.util.Arrays.asList((Object[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    /** The export's content: for each personal-data table, the person's rows without withheld columns. */
    Map<String, Object> collect(long accountId, String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exported_at", clock.instant().toString());
        MapSqlParameterSource owner = new MapSqlParameterSource("id", accountId).addValue("email", email);
        for (Source source : SOURCES) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select * from " + source.table() + " where " + source.ownerCondition(), owner);
            data.put(source.table(), rows.stream().map(row -> {
                Map<String, Object> clean = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (!source.withheld().contains(column)) {
                        clean.put(column, exportable(value));
                    }
                });
                return clean;
            }).toList());
        }
        return data;
    }
}
