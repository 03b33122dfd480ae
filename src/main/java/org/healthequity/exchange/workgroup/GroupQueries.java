package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.shared.ui.DashboardContribution.Item;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * The module's SQL and row mapping besides documents (ADR 0015): replies per thread, a post's earlier texts, the
 * activity feed, the daily digest and the dashboard's items. Groups, members, threads and posts are written through
 * their entities; documents are in {@link GroupDocumentRows}. The demo seeder's hook that dates a step in the past
 * ({@link #backdate}) is here too, for all of the module's tables (documents included) so that one call dates a step.
 */
@Component
class GroupQueries {

    /** An entry of a group's activity feed, before names are added. */
    record ActivityEntry(@Nullable Long actor, GroupActivity.Kind kind, String subject, @Nullable Long thread,
            Instant at) {
    }

    /** An earlier text of a post. */
    record EditEntry(String body, long by, Instant at) {
    }

    /** A thread with posts on the digest's day, for one member who asked for the digest. */
    record DigestLine(long accountId, String group, String slug, long threadId, String title, long posts) {
    }

    /** The times a step of the demo world stamps in the module's tables, each limited to one group. */
    private static final List<String> DATED = List.of(
            "update work_group set created_at = :at where id = :group and created_at >= :since",
            "update work_group set updated_at = :at where id = :group and updated_at >= :since",
            "update work_group_member set joined_at = :at where group_id = :group and joined_at >= :since",
            "update work_group_join_request set created_at = :at where group_id = :group and created_at >= :since",
            "update work_group_join_request set decided_at = :at where group_id = :group and decided_at >= :since",
            "update work_group_activity set created_at = :at where group_id = :group and created_at >= :since",
            "update work_group_thread set created_at = :at where group_id = :group and created_at >= :since",
            "update work_group_thread set last_post_at = :at where group_id = :group and last_post_at >= :since",
            "update work_group_post set created_at = :at where group_id = :group and created_at >= :since",
            "update work_group_post set edited_at = :at where group_id = :group and edited_at >= :since",
            """
            update work_group_post_edit set edited_at = :at where edited_at >= :since
              and post_id in (select id from work_group_post where group_id = :group)""",
            "update work_group_document set created_at = :at where group_id = :group and created_at >= :since",
            "update work_group_document set updated_at = :at where group_id = :group and updated_at >= :since",
            """
            update work_group_document_version set uploaded_at = :at where uploaded_at >= :since
              and document_id in (select id from work_group_document where group_id = :group)""");

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;

    GroupQueries(NamedParameterJdbcTemplate jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    /**
     * Seeding hook of the demo groups (ADR 0015): moves what the services wrote in one group since {@code since} (the
     * clock when the step began) to {@code at}, a moment in the past. The services stamp everything with the clock and
     * none may write the past, yet the demo world needs a history spread over months (members who joined in spring,
     * a thread started weeks ago, a post edited the day after). Pending entity changes are written first, and the
     * persistence context is cleared afterwards so that no entity still holds a time replaced here.
     */
    void backdate(long groupId, Instant since, Instant at) {
        entities.flush();
        // Stored times are rounded to microseconds, so a row of this step may read a little before the clock did.
        MapSqlParameterSource params = new MapSqlParameterSource("group", groupId)
                .addValue("since", Timestamp.from(since.minusMillis(1))).addValue("at", Timestamp.from(at));
        DATED.forEach(sql -> jdbc.update(sql, params));
        entities.clear();
    }

    /** Replies (posts after the first) per thread of the group, deleted posts left out. */
    Map<Long, Long> repliesPerThread(long groupId) {
        Map<Long, Long> replies = new HashMap<>();
        jdbc.query("""
                select thread_id, count(*) - 1 as replies from work_group_post
                where group_id = :group and deleted_at is null group by thread_id""",
                new MapSqlParameterSource("group", groupId),
                rs -> {
                    replies.put(rs.getLong("thread_id"), rs.getLong("replies"));
                });
        return replies;
    }

    void insertEdit(long postId, String previousBody, long by, Instant at) {
        jdbc.update("""
                insert into work_group_post_edit (post_id, body, edited_by, edited_at)
                values (:post, :body, :by, :at)""", new MapSqlParameterSource("post", postId)
                .addValue("body", previousBody).addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    /** The earlier texts of a post, newest first. */
    List<EditEntry> edits(long postId) {
        return jdbc.query("""
                select body, edited_by, edited_at from work_group_post_edit where post_id = :post
                order by edited_at desc, id desc""", new MapSqlParameterSource("post", postId),
                (rs, i) -> new EditEntry(rs.getString("body"), rs.getLong("edited_by"),
                        rs.getTimestamp("edited_at").toInstant()));
    }

    void insertActivity(long groupId, @Nullable Long actorId, GroupActivity.Kind kind, String subject,
            @Nullable Long threadId, Instant now) {
        jdbc.update("""
                insert into work_group_activity (group_id, actor_id, kind, subject, thread_id, created_at)
                values (:group, :actor, :kind, :subject, :thread, :now)""", new MapSqlParameterSource("group", groupId)
                .addValue("actor", actorId).addValue("kind", kind.name()).addValue("subject", subject)
                .addValue("thread", threadId).addValue("now", Timestamp.from(now)));
    }

    /** The group's latest activity, newest first. */
    List<ActivityEntry> activity(long groupId, int limit) {
        return jdbc.query("""
                select actor_id, kind, subject, thread_id, created_at from work_group_activity
                where group_id = :group order by created_at desc, id desc limit :limit""",
                new MapSqlParameterSource("group", groupId).addValue("limit", limit),
                (rs, i) -> new ActivityEntry(rs.getObject("actor_id", Long.class),
                        GroupActivity.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        rs.getObject("thread_id", Long.class), rs.getTimestamp("created_at").toInstant()));
    }

    /**
     * Threads with posts in [from, to) per member of an active group who chose the digest and has not had the
     * digest of {@code day}; their own posts do not count, nor do deleted posts and threads.
     */
    List<DigestLine> digestLines(Instant from, Instant to, LocalDate day) {
        return jdbc.query("""
                select m.account_id, g.name, g.slug, t.id as thread_id, t.title, count(*) as posts
                from work_group_post p
                join work_group_thread t on t.id = p.thread_id and t.deleted_at is null
                join work_group g on g.id = p.group_id and g.status = 'ACTIVE'
                join work_group_member m on m.group_id = p.group_id and m.notify = 'DIGEST'
                    and m.account_id <> p.author_id
                where p.deleted_at is null and p.created_at >= :from and p.created_at < :to
                  and not exists (select 1 from work_group_digest_sent s
                                  where s.account_id = m.account_id and s.day = :day)
                group by m.account_id, g.name, g.slug, t.id, t.title
                order by m.account_id, g.name, t.title""", new MapSqlParameterSource("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)).addValue("day", day),
                (rs, i) -> new DigestLine(rs.getLong("account_id"), rs.getString("name"), rs.getString("slug"),
                        rs.getLong("thread_id"), rs.getString("title"), rs.getLong("posts")));
    }

    /** Records that the person gets the digest of {@code day}; false when they already had it. */
    boolean markDigestSent(long accountId, LocalDate day, Instant now) {
        return jdbc.update("""
                insert into work_group_digest_sent (account_id, day, sent_at) values (:account, :day, :now)
                on conflict do nothing""", new MapSqlParameterSource("account", accountId)
                .addValue("day", day).addValue("now", Timestamp.from(now))) > 0;
    }

    /** Per active group the person leads, the join requests waiting. */
    List<Item> joinRequestsWaiting(long leadId) {
        return jdbc.query("""
                select g.slug, g.name, count(*) as waiting, max(r.created_at) as latest
                from work_group_join_request r join work_group g on g.id = r.group_id and g.status = 'ACTIVE'
                join work_group_member m on m.group_id = g.id and m.account_id = :me and m.role = 'LEAD'
                where r.status = 'PENDING' group by g.slug, g.name order by g.name""",
                new MapSqlParameterSource("me", leadId),
                (rs, i) -> new Item("workgroup.dashboard.requests", List.of(rs.getString("name"),
                        rs.getLong("waiting")), "groups/" + rs.getString("slug"),
                        rs.getTimestamp("latest").toInstant()));
    }

    /** The latest threads of the active groups the person belongs to. */
    List<Item> latestThreads(long memberId) {
        return jdbc.query("""
                select t.id, t.title, t.last_post_at, g.slug, g.name from work_group_thread t
                join work_group g on g.id = t.group_id and g.status = 'ACTIVE'
                join work_group_member m on m.group_id = g.id and m.account_id = :me
                where t.deleted_at is null order by t.last_post_at desc limit 5""",
                new MapSqlParameterSource("me", memberId),
                (rs, i) -> new Item("workgroup.dashboard.thread", List.of(rs.getString("title"), rs.getString("name")),
                        "groups/" + rs.getString("slug") + "?thread=" + rs.getLong("id"),
                        rs.getTimestamp("last_post_at").toInstant()));
    }
}
