package org.healthequity.exchange.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The module's SQL and row mapping (ADR 0015): the queue's lists and counts; writes go through the entity. */
@Component
class ModerationRows {

    /** One row of {@code moderation_item}, before names and links are added. */
    record ItemRow(long id, ItemKind kind, String type, long contentId, @Nullable Long revisionId, String title,
            @Nullable String network, String language, @Nullable Long authorId, @Nullable Long raisedBy,
            @Nullable String reason, Instant createdAt, @Nullable Long claimedBy, @Nullable Decision decision,
            @Nullable Long decidedBy, @Nullable Instant decidedAt, @Nullable String decisionComment, long version) {
    }

    private static final RowMapper<ItemRow> ITEM = (rs, i) -> new ItemRow(rs.getLong("id"),
            ItemKind.valueOf(rs.getString("kind")), rs.getString("content_type"), rs.getLong("content_id"),
            (Long) rs.getObject("revision_id"), rs.getString("title"), rs.getString("network"),
            rs.getString("language"), (Long) rs.getObject("author_id"), (Long) rs.getObject("raised_by"),
            rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
            (Long) rs.getObject("claimed_by"),
            rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
            (Long) rs.getObject("decided_by"),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            rs.getString("decision_comment"), rs.getLong("version"));

    private final NamedParameterJdbcTemplate jdbc;

    ModerationRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the queue (oldest first) or of the decisions (newest first). */
    List<ItemRow> page(QueueFilter filter, Instant now, int offset, int limit) {
        Where where = where(filter, now);
        where.params().addValue("offset", offset).addValue("limit", limit);
        String order = filter.decided() ? " order by decided_at desc, id desc" : " order by created_at, id";
        return jdbc.query("select * from moderation_item" + where.sql() + order + " offset :offset limit :limit",
                where.params(), ITEM);
    }

    long count(QueueFilter filter, Instant now) {
        Where where = where(filter, now);
        Long count = jdbc.queryForObject("select count(*) from moderation_item" + where.sql(), where.params(),
                Long.class);
        return count == null ? 0 : count;
    }

    /** Open items, and how many of them were created before {@code overdueBefore}. */
    ModerationQueue.Waiting waiting(Instant overdueBefore) {
        return jdbc.queryForObject("select count(*), count(*) filter (where created_at < :limit)"
                + " from moderation_item where status = 'OPEN'", new MapSqlParameterSource("limit",
                        Timestamp.from(overdueBefore)),
                (rs, i) -> new ModerationQueue.Waiting(rs.getLong(1), rs.getLong(2)));
    }

    private record Where(String sql, MapSqlParameterSource params) {
    }

    private static Where where(QueueFilter filter, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(filter.decided() ? " where status = 'DECIDED'"
                : " where status = 'OPEN'");
        if (filter.type() != null) {
            where.append(" and content_type = :type");
            params.addValue("type", filter.type());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.network() != null) {
            where.append(" and network = :network");
            params.addValue("network", filter.network());
        }
        if (filter.language() != null) {
            where.append(" and language = :language");
            params.addValue("language", filter.language());
        }
        if (filter.olderThanDays() != null) {
            where.append(" and created_at < :before");
            params.addValue("before", Timestamp.from(now.minus(Duration.ofDays(filter.olderThanDays()))));
        }
        return new Where(where.toString(), params);
    }
}
