package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The activity feed of a group: written by the services as things change, read in two queries. */
@Component
class GroupActivity {

    enum Kind {
        GROUP_OPENED, MEMBER_JOINED, MEMBER_LEFT, MEMBER_REMOVED, MEMBER_PROMOTED, THREAD_STARTED, REPLY_POSTED,
        THREAD_PINNED, GROUP_ARCHIVED, DOCUMENT_ADDED, DOCUMENT_VERSION;

        String messageKey() {
            return "workgroup.activity." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MemberContacts contacts;
    private final Clock clock;

    GroupActivity(NamedParameterJdbcTemplate jdbc, MemberContacts contacts, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.clock = clock;
    }

    void record(long groupId, @Nullable Long actorId, Kind kind, String subject, @Nullable Long threadId) {
        jdbc.update("""
                insert into work_group_activity (group_id, actor_id, kind, subject, thread_id, created_at)
                values (:group, :actor, :kind, :subject, :thread, :now)""", new MapSqlParameterSource("group", groupId)
                .addValue("actor", actorId).addValue("kind", kind.name())
                .addValue("subject", subject.length() > 200 ? subject.substring(0, 200) : subject)
                .addValue("thread", threadId).addValue("now", Timestamp.from(clock.instant())));
    }

    private record Raw(@Nullable Long actor, Kind kind, String subject, @Nullable Long thread, java.time.Instant at) {
    }

    /** The latest entries, newest first (the caller checked that the viewer may see the group). */
    List<ActivityRow> feed(long groupId, int limit) {
        List<Raw> raw = jdbc.query("""
                select actor_id, kind, subject, thread_id, created_at from work_group_activity
                where group_id = :group order by created_at desc, id desc limit :limit""",
                new MapSqlParameterSource("group", groupId).addValue("limit", limit),
                (rs, i) -> new Raw(rs.getObject("actor_id", Long.class), Kind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getObject("thread_id", Long.class),
                        rs.getTimestamp("created_at").toInstant()));
        Set<Long> ids = new HashSet<>();
        raw.forEach(r -> {
            if (r.actor() != null) {
                ids.add(r.actor());
            }
        });
        Map<Long, String> names = contacts.names(ids);
        return raw.stream().map(r -> new ActivityRow(r.kind().messageKey(),
                r.actor() == null ? "" : names.getOrDefault(r.actor(), ""), r.subject(), r.thread(), r.at()))
                .toList();
    }
}
