package org.healthequity.exchange.webinar;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.DashboardContribution.Item;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The module's other SQL (ADR 0015): calendar feeds, reminders due, overlapping slots, attendance statistics, the
 * dashboard's items and the webinars as the search index takes them. Lists of cards are in {@link WebinarCards}; writes to webinars and registrations go through the
 * entities.
 */
@Component
class WebinarQueries {

    /** A place at a webinar starting soon, with what its reminder needs. */
    record Due(long registrationId, long accountId, long webinarId, String uid, int sequence, String title,
            String description, Instant start, Instant end, ZoneId zone, String joinUrl, Instant updatedAt,
            @Nullable Long groupId) {
    }

    /** A webinar in a person's calendar feed, with its audience for the check that they still belong to it. */
    record FeedRow(long webinarId, String uid, int sequence, String title, String description, Instant start,
            Instant end, ZoneId zone, String joinUrl, boolean cancelled, Instant updatedAt, Audience audience,
            @Nullable Long groupId) {
    }

    /** An upcoming webinar a person has a place at. */
    record Upcoming(long webinarId, String title, Instant start, @Nullable Long groupId) {
    }

    /** A scheduled webinar with the texts search finds it by; speakers by position, an account id or null each. */
    record Searchable(long id, String title, String description, Instant createdAt, Instant updatedAt,
            Audience audience, @Nullable Long groupId, Set<Language> languages, Set<Language> interpretation,
            List<String> agenda,
            List<@Nullable Long> speakerIds, List<String> speakerNames) {
    }

    /** Scheduled webinars (not cancelled) of these audiences, with their agenda and speakers in the same statement. */
    private static final String SEARCHABLE = """
            select w.id, w.title, w.description, w.created_at, w.updated_at, w.audience, w.group_id, w.languages,
                   w.interpretation,
                   array(select a.title from webinar_agenda_item a where a.webinar_id = w.id order by a.position)
                       as agenda,
                   array(select s.account_id from webinar_speaker s where s.webinar_id = w.id order by s.position)
                       as speaker_ids,
                   array(select s.name from webinar_speaker s where s.webinar_id = w.id order by s.position)
                       as speaker_names
            from webinar w where w.status = 'SCHEDULED' and w.audience in (:audiences)""";

    private final NamedParameterJdbcTemplate jdbc;

    WebinarQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the person's feed with this secret's hash unless they have one; whether it was created. */
    boolean createFeedIfAbsent(long accountId, String hash, Instant now) {
        return jdbc.update("""
                insert into calendar_feed (account_id, token_hash, created_at) values (:me, :hash, :now)
                on conflict (account_id) do nothing""", feed(accountId, hash, now)) > 0;
    }

    /** Gives the person's feed this secret's hash, creating the feed if needed. */
    void replaceFeed(long accountId, String hash, Instant now) {
        jdbc.update("""
                insert into calendar_feed (account_id, token_hash, created_at) values (:me, :hash, :now)
                on conflict (account_id) do update set token_hash = excluded.token_hash,
                    created_at = excluded.created_at""", feed(accountId, hash, now));
    }

    Optional<Long> feedOwner(String hash) {
        return jdbc.queryForList("select account_id from calendar_feed where token_hash = :hash",
                new MapSqlParameterSource("hash", hash), Long.class).stream().findFirst();
    }

    /** Deletes the person's feed; whether there was one. */
    boolean deleteFeed(long accountId) {
        return jdbc.update("delete from calendar_feed where account_id = :id",
                new MapSqlParameterSource("id", accountId)) > 0;
    }

    /** The webinars the person has a place at that ended after {@code since}, soonest first. */
    List<FeedRow> feedRows(long accountId, Instant since) {
        return jdbc.query("""
                select w.id, w.uid, w.sequence, w.title, w.description, w.starts_at, w.ends_at, w.zone, w.join_url,
                       w.status, w.updated_at, w.audience, w.group_id
                from webinar w join webinar_registration r on r.webinar_id = w.id
                where r.account_id = :me and r.status = 'REGISTERED' and w.ends_at > :since
                order by w.starts_at limit 500""", new MapSqlParameterSource("me", accountId)
                        .addValue("since", Timestamp.from(since)),
                (rs, i) -> new FeedRow(rs.getLong("id"), rs.getString("uid"), rs.getInt("sequence"),
                        rs.getString("title"), rs.getString("description"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), ZoneId.of(rs.getString("zone")),
                        rs.getString("join_url"), "CANCELLED".equals(rs.getString("status")),
                        rs.getTimestamp("updated_at").toInstant(), Audience.valueOf(rs.getString("audience")),
                        (Long) rs.getObject("group_id")));
    }

    /**
     * Places at webinars starting within a day whose reminder for the current window (the last hour, else the last
     * day) is not in the outbox yet, for people who had their place before that window opened.
     */
    List<Due> remindersDue(Instant now, Instant day, Instant hour) {
        return jdbc.query("""
                select r.id as registration_id, r.account_id, w.id as webinar_id, w.uid, w.sequence, w.title,
                       w.description, w.starts_at, w.ends_at, w.zone, w.join_url, w.updated_at, w.group_id
                from webinar_registration r join webinar w on w.id = r.webinar_id
                where r.status = 'REGISTERED' and w.status = 'SCHEDULED'
                  and w.starts_at > :now and w.starts_at <= :day
                  and r.confirmed_at < case when w.starts_at <= :hour then w.starts_at - interval '1 hour'
                                            else w.starts_at - interval '24 hours' end
                  and not exists (select 1 from outgoing_mail m where m.dedup_key = 'webinar-reminder:'
                        || case when w.starts_at <= :hour then 'hour' else 'day' end
                        || ':' || r.id || ':' || cast(extract(epoch from w.starts_at) as bigint))
                order by w.starts_at, r.id
                limit 1000""", new MapSqlParameterSource("now", Timestamp.from(now))
                        .addValue("day", Timestamp.from(day)).addValue("hour", Timestamp.from(hour)),
                (rs, i) -> new Due(rs.getLong("registration_id"), rs.getLong("account_id"), rs.getLong("webinar_id"),
                        rs.getString("uid"), rs.getInt("sequence"), rs.getString("title"), rs.getString("description"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        ZoneId.of(rs.getString("zone")), rs.getString("join_url"),
                        rs.getTimestamp("updated_at").toInstant(), (Long) rs.getObject("group_id")));
    }

    /** Scheduled webinars of the audience (and group, when given) that overlap [from, to), at most ten. */
    List<Overlap> overlaps(Audience audience, @Nullable Long groupId, Instant from, Instant to, long exceptId) {
        return jdbc.query("select id, title, starts_at, ends_at from webinar where audience = :audience"
                + " and (cast(:group as bigint) is null or group_id = :group)"
                + " and status = 'SCHEDULED' and starts_at < :to and ends_at > :from and id <> :except"
                + " order by starts_at limit 10", new MapSqlParameterSource("audience", audience.name())
                        .addValue("group", groupId).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)).addValue("except", exceptId),
                (rs, i) -> new Overlap(rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()));
    }

    /** Scheduled webinars that ended by {@code now}. */
    long pastWebinars(Instant now) {
        Long count = jdbc.queryForObject("select count(*) from webinar where status = 'SCHEDULED'"
                + " and ends_at <= :now", new MapSqlParameterSource("now", Timestamp.from(now)), Long.class);
        return count == null ? 0 : count;
    }

    /** Per person, places at scheduled webinars that ended by {@code now}: {registered, attended}. */
    Map<Long, long[]> attendanceByPerson(Instant now) {
        Map<Long, long[]> people = new HashMap<>();
        jdbc.query("""
                select r.account_id, count(*) as registered, count(*) filter (where r.attended) as attended
                from webinar_registration r join webinar w on w.id = r.webinar_id
                where r.status = 'REGISTERED' and w.status = 'SCHEDULED' and w.ends_at <= :now
                group by r.account_id""", new MapSqlParameterSource("now", Timestamp.from(now)), rs -> {
            people.put(rs.getLong("account_id"), new long[] {rs.getLong("registered"), rs.getLong("attended")});
        });
        return people;
    }

    /** Webinars that ended in (since, now] with places whose attendance is not recorded, latest first. */
    List<Item> attendanceToRecord(Instant now, Instant since) {
        return jdbc.query("""
                select w.id, w.title, w.ends_at from webinar w
                where w.status = 'SCHEDULED' and w.ends_at <= :now and w.ends_at > :since
                  and exists (select 1 from webinar_registration r where r.webinar_id = w.id
                              and r.status = 'REGISTERED' and r.attended is null)
                order by w.ends_at desc limit 10""", new MapSqlParameterSource("now", Timestamp.from(now))
                        .addValue("since", Timestamp.from(since)),
                (rs, i) -> new Item("webinar.task.attendance", List.of(rs.getString("title")),
                        "webinars/" + rs.getLong("id") + "/attendance", rs.getTimestamp("ends_at").toInstant()));
    }

    /** The person's places at scheduled webinars starting in (now, until], soonest first, at most five. */
    List<Upcoming> placesStarting(long accountId, Instant now, Instant until) {
        return jdbc.query("""
                select w.id, w.title, w.starts_at, w.group_id from webinar w
                join webinar_registration r on r.webinar_id = w.id
                where r.account_id = :me and r.status = 'REGISTERED' and w.status = 'SCHEDULED'
                  and w.starts_at > :now and w.starts_at <= :until
                order by w.starts_at limit 5""", new MapSqlParameterSource("me", accountId)
                        .addValue("now", Timestamp.from(now)).addValue("until", Timestamp.from(until)),
                (rs, i) -> new Upcoming(rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(), (Long) rs.getObject("group_id")));
    }

    /** How many scheduled webinars of these audiences there are. */
    long searchableCount(Collection<Audience> audiences) {
        Long count = jdbc.queryForObject("select count(*) from webinar where status = 'SCHEDULED'"
                + " and audience in (:audiences)", audiences(audiences), Long.class);
        return count == null ? 0 : count;
    }

    /** Streams every scheduled webinar of these audiences through a cursor; the caller holds the transaction. */
    void forEachSearchable(Collection<Audience> audiences, Consumer<Searchable> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        streaming.setFetchSize(500);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(streaming);
        try (Stream<Searchable> rows = named.queryForStream(SEARCHABLE + " order by w.id", audiences(audiences),
                WebinarQueries::searchable)) {
            rows.forEach(consumer);
        }
    }

    /** The webinar if it is scheduled and of one of these audiences. */
    Optional<Searchable> searchable(long id, Collection<Audience> audiences) {
        return jdbc.query(SEARCHABLE + " and w.id = :id", audiences(audiences).addValue("id", id),
                WebinarQueries::searchable).stream().findFirst();
    }

    /** A scheduled webinar at which the person speaks, and its audience (which tells its type in search). */
    record SpokenAt(long id, Audience audience) {
    }

    /** The scheduled webinars and meetings at which the person is a speaker. */
    List<SpokenAt> scheduledWithSpeaker(long accountId) {
        return jdbc.query("""
                select w.id, w.audience from webinar w
                where w.status = 'SCHEDULED'
                  and exists (select 1 from webinar_speaker s where s.webinar_id = w.id and s.account_id = :me)
                order by w.id""", new MapSqlParameterSource("me", accountId),
                (rs, i) -> new SpokenAt(rs.getLong("id"), Audience.valueOf(rs.getString("audience"))));
    }

    private static MapSqlParameterSource audiences(Collection<Audience> audiences) {
        return new MapSqlParameterSource("audiences", audiences.stream().map(Audience::name).toList());
    }

    private static Searchable searchable(ResultSet rs, int row) throws SQLException {
        Array ids = rs.getArray("speaker_ids");
        List<@Nullable Long> speakerIds = new ArrayList<>();
        if (ids != null) {
            for (Object id : (Object[]) ids.getArray()) {
                speakerIds.add(id == null ? null : ((Number) id).longValue());
            }
        }
        return new Searchable(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                Audience.valueOf(rs.getString("audience")), (Long) rs.getObject("group_id"),
                WebinarCards.languages(rs, "languages"), WebinarCards.languages(rs, "interpretation"),
                texts(rs, "agenda"), speakerIds,
                texts(rs, "speaker_names"));
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static MapSqlParameterSource feed(long accountId, String hash, Instant now) {
        return new MapSqlParameterSource("me", accountId).addValue("hash", hash)
                .addValue("now", Timestamp.from(now));
    }

    /** Scheduled public webinars (their pages are open to visitors) with when each last changed, for the sitemap. */
    List<org.healthequity.exchange.shared.web.SitemapEntry> publicPages() {
        return jdbc.query("select id, updated_at from webinar where status = 'SCHEDULED' and audience = 'PUBLIC'"
                + " order by id", (rs, i) -> new org.healthequity.exchange.shared.web.SitemapEntry(
                        "/webinars/" + rs.getLong("id"), rs.getTimestamp("updated_at").toInstant()));
    }
}
