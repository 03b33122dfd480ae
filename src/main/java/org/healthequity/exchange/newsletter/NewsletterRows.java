package org.healthequity.exchange.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The module's SQL (ADR 0015): the delivery rows that make each person's mail happen once, what the job finds due, and
 * the archive's read models. Newsletters themselves are written through {@link Newsletter}.
 */
@Component
class NewsletterRows {

    /** Sent newsletters the viewer may read: the staff all, a member those for one of their networks. */
    private static final String VISIBLE = """
            from newsletter n
            join newsletter_text e on e.newsletter_id = n.id and e.language = 'en'
            left join newsletter_text t on t.newsletter_id = n.id and t.language = :language
            where n.status = 'SENT'
              and (:staff or (n.networks = '{}' and :member)
                   or n.networks && string_to_array(:networks, ','))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    NewsletterRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the person's mail is queued; false when it was before (this newsletter reaches them once). */
    boolean recordDelivery(long newsletterId, long accountId, Network network, Language language, Instant now) {
        return jdbc.update("""
                insert into newsletter_delivery (newsletter_id, account_id, network, language, queued_at)
                values (:newsletter, :account, :network, :language, :now) on conflict do nothing""",
                new MapSqlParameterSource("newsletter", newsletterId).addValue("account", accountId)
                        .addValue("network", network.name()).addValue("language", language.code())
                        .addValue("now", Timestamp.from(now))) > 0;
    }

    /** The highest account id queued for the newsletter (0: none yet): where the next batch resumes. */
    long lastDelivered(long newsletterId) {
        Long last = jdbc.queryForObject("select coalesce(max(account_id), 0) from newsletter_delivery"
                + " where newsletter_id = :id", new MapSqlParameterSource("id", newsletterId), Long.class);
        return last == null ? 0 : last;
    }

    int deliveries(long newsletterId) {
        Integer count = jdbc.queryForObject("select count(*) from newsletter_delivery where newsletter_id = :id",
                new MapSqlParameterSource("id", newsletterId), Integer.class);
        return count == null ? 0 : count;
    }

    /** Scheduled newsletters whose time has come, and those being sent (left by a stopped node too). */
    List<Long> dueOrSending(Instant now) {
        return jdbc.queryForList("""
                select id from newsletter where (status = 'SCHEDULED' and scheduled_at <= :now) or status = 'SENDING'
                order by scheduled_at, id""", new MapSqlParameterSource("now", Timestamp.from(now)), Long.class);
    }

    List<ArchivedNewsletter> archive(Viewer viewer, int offset, int limit) {
        return jdbc.query("select n.id, n.sent_at, coalesce(t.language, e.language) as language,"
                + " coalesce(t.subject, e.subject) as subject, coalesce(t.body, e.body) as body " + VISIBLE
                + " order by n.sent_at desc, n.id desc offset :offset limit :limit",
                viewer.parameters().addValue("offset", Math.max(offset, 0)).addValue("limit", Math.max(limit, 1)),
                (rs, row) -> new ArchivedNewsletter(rs.getLong("id"),
                        Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH), rs.getString("subject"),
                        RichText.excerpt(rs.getString("body"), 240), rs.getTimestamp("sent_at").toInstant()));
    }

    long archiveSize(Viewer viewer) {
        Long count = jdbc.queryForObject("select count(*) " + VISIBLE, viewer.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /** Whether the viewer may read this sent newsletter. */
    boolean visible(long id, Viewer viewer) {
        Boolean found = jdbc.queryForObject("select exists (select 1 " + VISIBLE + " and n.id = :id)",
                viewer.parameters().addValue("id", id), Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    /** Who reads the archive, in which language. */
    record Viewer(boolean staff, Collection<Network> networks, Language language) {

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource("staff", staff).addValue("member", !networks.isEmpty())
                    .addValue("networks", networks.stream().map(Network::name).collect(Collectors.joining(",")))
                    .addValue("language", language.code());
        }
    }
}
