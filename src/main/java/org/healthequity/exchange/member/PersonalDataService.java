package org.healthequity.exchange.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * A person's right to their data: a download of everything the portal holds about them (deleting the account is
 * {@link AccountDeletion}'s). The export works from a registry of every table that holds personal data and exports whole rows, so a new
 * column is exported unless it is deliberately withheld (a test keeps the registry complete). What others entrusted to
 * the staff about the person stays internal: the secretariat's staff notes, flags others raised on the person's
 * content (who and why), internal screening and decision notes, the reasons the secretariat gave for overriding a
 * conflict of interest, who handled a review, and moderators' comments that were never sent to the person. Rows the
 * person touched as staff are exported as their own actions, without the other person's content.
 */
@Service
public class PersonalDataService {

    /**
     * One part of the export: the rows of a table that concern the person in one capacity, under its own name.
     * Columns are exported unless withheld; a column in {@code shownWhen} is exported only on the rows that pass its
     * test (the others carry null), for what the person was told in some cases only.
     */
    record Source(String key, String table, String ownerCondition, Set<String> withheld, @Nullable Set<String> kept,
            Map<String, Predicate<Map<String, Object>>> shownWhen) {

        /** The person's rows of a table, under the table's name, without the withheld columns (secrets). */
        static Source rows(String table, String ownerCondition, String... withheld) {
            return new Source(table, table, ownerCondition, Set.of(withheld), null, Map.of());
        }

        /** A named part of a table's rows, without the withheld columns. */
        static Source part(String key, String table, String ownerCondition, String... withheld) {
            return new Source(key, table, ownerCondition, Set.of(withheld), null, Map.of());
        }

        /** A named part of a table's rows with only these columns: the person's own action on someone else's row. */
        static Source only(String key, String table, String ownerCondition, String... kept) {
            return new Source(key, table, ownerCondition, Set.of(), Set.of(kept), Map.of());
        }

        Source shownWhen(String column, Predicate<Map<String, Object>> test) {
            Map<String, Predicate<Map<String, Object>>> conditions = new LinkedHashMap<>(shownWhen);
            conditions.put(column, test);
            return new Source(key, table, ownerCondition, withheld, kept, Map.copyOf(conditions));
        }

        boolean exports(String column) {
            return !withheld.contains(column) && (kept == null || kept.contains(column));
        }
    }

    /** Decisions whose comment is mailed to the author (approvals and dismissals keep theirs internal). */
    private static final Set<String> MAILED_DECISIONS = Set.of("RETURN", "REJECT", "RETRACT");

    /** Tables that concern a person but stay internal, with the reason (the account page says so in words). */
    static final Map<String, String> WITHHELD_TABLES = Map.of(
            "staff_note", "the secretariat's internal notes about the person");

    static final List<Source> SOURCES = List.of(
            Source.rows("account", "id = :id", "password_hash"),
            Source.rows("account_role", "account_id = :id"),
            Source.rows("account_token", "account_id = :id", "token_hash"),
            Source.rows("profile", "account_id = :id"),
            Source.rows("profile_language", "account_id = :id"),
            Source.rows("profile_expertise", "account_id = :id"),
            Source.rows("network_membership", "account_id = :id"),
            Source.rows("outgoing_mail", "lower(recipient) = lower(:email)"),
            Source.rows("invitation", "accepted_by = :id or lower(email) = lower(:email)", "token_hash"),
            Source.rows("case_study", "owner_id = :id"),
            Source.rows("case_study_author", "account_id = :id"),
            Source.rows("case_study_revision", "created_by = :id or submitted_by = :id"),
            Source.rows("case_study_attachment", "uploaded_by = :id", "stored_name", "extracted_text"),
            // National clearance (ADR 0032): the countries the person clears for, and the clearances they decided.
            Source.rows("clearance_focal_point", "account_id = :id"),
            // Translation requests (ADR 0032): those the person made or took, and those they wait for.
            Source.rows("translation_request", "requested_by = :id or taken_by = :id"),
            Source.rows("translation_request_watcher", "account_id = :id"),
            Source.only("case_study_clearances_i_decided", "case_study_clearance", "decided_by = :id",
                    "id", "case_study_id", "revision_id", "country", "status", "requested_at", "decided_by",
                    "decided_at", "comment", "alerted_at", "version"),
            // Flags go only to whoever raised them; the moderator's identity and comment stay internal.
            Source.part("moderation_flags_i_raised", "moderation_item", "kind = 'FLAG' and raised_by = :id",
                    "author_id", "claimed_by", "decided_by", "decision_comment"),
            // Reviews of the person's own content, and retractions of it: the comment only where it was mailed to
            // them; never who flagged it or why, nor which moderator handled it.
            Source.part("moderation_of_my_content", "moderation_item",
                    "author_id = :id and (kind = 'REVIEW' or decision = 'RETRACT')",
                    "raised_by", "claimed_by", "decided_by")
                    .shownWhen("reason", row -> "REVIEW".equals(row.get("kind")))
                    .shownWhen("decision_comment", row -> row.get("decision") instanceof String decision
                            && MAILED_DECISIONS.contains(decision)),
            Source.only("moderation_decisions_i_made", "moderation_item", "claimed_by = :id or decided_by = :id",
                    "id", "kind", "content_type", "content_id", "revision_id", "title", "network", "language",
                    "status", "claimed_by", "claimed_at", "decision", "decided_by", "decided_at", "decision_comment",
                    "created_at", "version"),
            // The applicant's own application: the screening and decision notes are the secretariat's, except the
            // reason for ineligibility, which the applicant is shown.
            Source.rows("call_application", "applicant_id = :id", "screening", "decision_note", "decided_by")
                    .shownWhen("screening_reason", row -> "INELIGIBLE".equals(row.get("status"))),
            Source.only("call_application_decisions_i_made", "call_application", "decided_by = :id",
                    "id", "call_id", "status", "screening", "screening_reason", "decision_note", "decided_at",
                    "decided_by"),
            Source.rows("call_application_file",
                    "application_id in (select id from call_application where applicant_id = :id)", "storage_path"),
            // Earlier versions of a revised application, with what the committee asked of each (mailed to them).
            Source.rows("call_application_version",
                    "application_id in (select id from call_application where applicant_id = :id)"),
            // The applicant's topics and reviewer preferences, with the reasons they gave (ADR 0033); a person named
            // in someone else's preferences is not told, as the reason is the secretariat's to read.
            Source.rows("call_application_matching",
                    "application_id in (select id from call_application where applicant_id = :id)"),
            Source.rows("call_application_reviewer_preference",
                    "application_id in (select id from call_application where applicant_id = :id)"),
            // The follow-up form of an accepted application, with the answers given (ADR 0034); not who sent it.
            Source.rows("call_follow_up",
                    "application_id in (select id from call_application where applicant_id = :id)", "sent_by"),
            Source.rows("call_review", "reviewer_id = :id", "override_reason"),
            Source.only("call_review_assignments_i_made", "call_review", "assigned_by = :id",
                    "id", "application_id", "reviewer_id", "status", "override_reason", "assigned_by", "assigned_at",
                    "reminded_at"),
            // The reviewers' discussion and the committee chair's part in a call (ADR 0031).
            Source.rows("call_review_post", "author_id = :id"),
            Source.rows("call_committee_chair", "chair_id = :id", "assigned_by"),
            Source.rows("call_meta_review", "chair_id = :id"),
            Source.rows("audit_event", "lower(actor) = lower(:email)"),
            Source.rows("webinar_series", "created_by = :id"),
            Source.rows("webinar", "organiser_id = :id"),
            Source.rows("webinar_speaker", "account_id = :id"),
            Source.rows("webinar_registration", "account_id = :id"),
            Source.rows("calendar_feed", "account_id = :id", "token_hash"),
            Source.rows("personal_access_token", "account_id = :id", "secret_hash"),
            // Single sign-on: which provider's account signs in as this one (ADR 0023).
            Source.rows("external_identity", "account_id = :id"),
            Source.rows("work_group", "proposed_by = :id or decided_by = :id"),
            Source.rows("work_group_member", "account_id = :id"),
            Source.rows("work_group_invitation",
                    "invited_by = :id or accepted_by = :id or lower(email) = lower(:email)", "token_hash"),
            Source.rows("work_group_join_request", "account_id = :id"),
            Source.part("work_group_join_requests_i_decided", "work_group_join_request", "decided_by = :id",
                    "message"),
            Source.rows("work_group_thread", "author_id = :id"),
            Source.rows("work_group_post", "author_id = :id", "deleted_by"),
            Source.only("work_group_posts_i_deleted", "work_group_post", "deleted_by = :id",
                    "id", "thread_id", "group_id", "deleted_at", "deleted_by"),
            Source.rows("work_group_post_edit", "edited_by = :id"),
            Source.rows("work_group_activity", "actor_id = :id"),
            Source.rows("work_group_digest_sent", "account_id = :id"),
            Source.rows("work_group_document", "created_by = :id"),
            Source.rows("work_group_document_version", "uploaded_by = :id", "stored_name"),
            // Newsletters: the ones the person wrote (the secretariat), and which ones were sent to them (ADR 0027).
            Source.rows("newsletter", "created_by = :id"),
            Source.rows("newsletter_delivery", "account_id = :id"),
            // Consultations: the person's contributions and invitations; for the secretariat, the consultations they
            // created and the summaries and syntheses they wrote (ADR 0030).
            Source.rows("consultation", "created_by = :id"),
            Source.rows("consultation_invitee", "account_id = :id"),
            Source.rows("consultation_contribution", "author_id = :id"),
            Source.rows("consultation_attachment", "uploaded_by = :id", "stored_name"),
            Source.rows("consultation_summary", "written_by = :id"),
            Source.rows("consultation_synthesis", "written_by = :id"));

    private final PersonalDataRows rows;
    private final DirectoryRows directory;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final PhotoStore photos;

    PersonalDataService(PersonalDataRows rows, DirectoryRows directory, AuditLog audit, ObjectMapper json, Clock clock,
            PhotoStore photos) {
        this.rows = rows;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.photos = photos;
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
            Optional<byte[]> photo = photos.read(directory.photoPath(me.accountId()));
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

    private static @Nullable Object exportable(@Nullable Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value != null && value.getClass().getName().equals("org.postgresql.util.PGobject")) {
            // jsonb (answers, scores): exported as the JSON text it holds
            return value.toString();
        }
        if (value instanceof Array array) {
            try {
                return Arrays.asList((Object[]) array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    /** The export's content: for each personal-data table, the person's rows without withheld columns. */
    Map<String, Object> collect(long accountId, String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exported_at", clock.instant().toString());
        for (Source source : SOURCES) {
            data.put(source.key(), rows.rowsOf(source, accountId, email).stream().map(row -> {
                Map<String, Object> clean = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (source.exports(column)) {
                        Predicate<Map<String, Object>> shown = source.shownWhen().get(column);
                        clean.put(column, shown == null || shown.test(row) ? exportable(value) : null);
                    }
                });
                return clean;
            }).toList());
        }
        return data;
    }
}
