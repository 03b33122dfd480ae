package org.healthequity.exchange.casestudy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Translation requests' reads by SQL and their watchers (ADR 0032), for the services that checked access. */
@Component
class TranslationRows {

    private static final String ITEM = "select t.id, t.case_study_id, r.title, c.language as from_language,"
            + " t.language, t.requested_at, t.version, t.taken_by,"
            + " (select count(*) from translation_request_watcher w where w.request_id = t.id) as waiting"
            + " from translation_request t join case_study c on c.id = t.case_study_id"
            + " join case_study_revision r on r.id = c.published_revision_id";

    private final NamedParameterJdbcTemplate jdbc;

    TranslationRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The languages a published case study's family (the original and its published translations) is read in. */
    List<String> familyLanguages(long root) {
        return jdbc.queryForList("select distinct c.language from case_study c where c.status = 'PUBLISHED'"
                + " and (c.id = :root or c.translation_of = :root)", new MapSqlParameterSource("root", root),
                String.class);
    }

    /** Adds the person to those waiting for the request; false when they already were. */
    boolean watch(long requestId, long accountId, Instant now) {
        return jdbc.update("insert into translation_request_watcher (request_id, account_id, added_at)"
                + " values (:r, :a, :at) on conflict do nothing", new MapSqlParameterSource("r", requestId)
                        .addValue("a", accountId).addValue("at", Timestamp.from(now))) > 0;
    }

    List<Long> watchers(long requestId) {
        return jdbc.queryForList("select account_id from translation_request_watcher where request_id = :r"
                + " order by added_at", new MapSqlParameterSource("r", requestId), Long.class);
    }

    /** Open requests into the languages, and those the person took and is writing, oldest first. */
    List<TranslationRequestItem> forTranslator(long accountId, Collection<String> languages) {
        return jdbc.query(ITEM + " where c.status = 'PUBLISHED' and ((t.status = 'OPEN' and t.language in (:languages))"
                + " or (t.status = 'TAKEN' and t.taken_by = :me)) order by t.requested_at, t.id",
                new MapSqlParameterSource("me", accountId).addValue("languages",
                        languages.isEmpty() ? List.of("-") : languages),
                (rs, i) -> new TranslationRequestItem(rs.getLong("id"), rs.getLong("case_study_id"),
                        rs.getString("title"), rs.getString("from_language"), rs.getString("language"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getInt("waiting"),
                        rs.getLong("taken_by") == accountId, rs.getLong("version")));
    }
}
