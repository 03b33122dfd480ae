package org.healthequity.exchange.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.text.RichText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case study module's SQL for harvesters (ADR 0015, ADR 0020): what was ever published, ordered by its datestamp
 * (when it was last published, or when it was retracted) and id, one statement per page whatever its size, plus one for
 * the authors and one for the translations of the whole page. Only the live (last published) version is read.
 */
@Component
class HarvestRows {

    /** A harvested row before its authors and translations are added. */
    record Row(long id, Instant datestamp, boolean deleted, long family, List<Long> authors,
            @Nullable HarvestedCaseStudy content) {
    }

    private static final String SECTION_COLUMNS = CaseStudyTemplate.SECTIONS.stream()
            .map(section -> "r." + section.column()).collect(Collectors.joining(", "));

    /** Every case study ever published, with the datestamp harvesters see; retracted ones keep their last live version. */
    private static final String EVER_PUBLISHED = "select * from (select c.id, c.status, c.network, c.language,"
            + " c.translation_of, coalesce(c.translation_of, c.id) as family, c.first_published_at, c.published_at,"
            + " case when c.status = 'PUBLISHED' then greatest(c.published_at, c.public_changed_at)"
            + " else c.retracted_at end as datestamp,"
            + " r.title, " + SECTION_COLUMNS + ", r.countries, r.regions, r.year_from, r.year_to, r.themes,"
            + " r.dimensions, r.sdg_targets,"
            + " array(select account_id from case_study_author a where a.case_study_id = c.id order by position)"
            + " as authors"
            + " from case_study c join case_study_revision r on r.id = c.published_revision_id"
            + " where c.status in ('PUBLISHED', 'RETRACTED')) h where h.datestamp is not null";

    private final NamedParameterJdbcTemplate jdbc;

    HarvestRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of records after the cursor (from the start without one), by datestamp then id. */
    List<Row> page(HarvestQuery query, @Nullable HarvestCursor after, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        StringBuilder sql = new StringBuilder(EVER_PUBLISHED).append(where(query, params));
        if (after != null) {
            sql.append(" and (h.datestamp, h.id) > (:afterDatestamp, :afterId)");
            params.addValue("afterDatestamp", java.sql.Timestamp.from(after.datestamp()))
                    .addValue("afterId", after.id());
        }
        sql.append(" order by h.datestamp, h.id limit :limit");
        return jdbc.query(sql.toString(), params, (rs, i) -> row(rs));
    }

    /**
     * A page of the library as the API lists it: published case studies matching the library's filters, the most
     * recently published first (by publication, not by datestamp: a renamed author does not move a case study up),
     * starting after the cursor.
     */
    List<Row> library(LibraryFilter filter, @Nullable HarvestCursor after, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        StringBuilder sql = new StringBuilder(EVER_PUBLISHED.replace("where c.status in ('PUBLISHED', 'RETRACTED')) h",
                "where c.status = 'PUBLISHED'" + LibraryRows.where(filter, params) + ") h"));
        if (after != null) {
            sql.append(" and (h.published_at, h.id) < (:afterPublished, :afterId)");
            params.addValue("afterPublished", java.sql.Timestamp.from(after.datestamp()))
                    .addValue("afterId", after.id());
        }
        sql.append(" order by h.published_at desc, h.id desc limit :limit");
        return jdbc.query(sql.toString(), params, (rs, i) -> row(rs));
    }

    /**
     * Dates a change to the public records of the other published members of this case study's family (a translation
     * published or retracted changes their relations), so incremental harvesters fetch them again.
     */
    void familyChanged(long caseStudyId, Instant now) {
        jdbc.update("update case_study set public_changed_at = :now where status = 'PUBLISHED' and id <> :id"
                + " and coalesce(translation_of, id) = (select coalesce(translation_of, id) from case_study"
                + " where id = :id)", new MapSqlParameterSource("id", caseStudyId)
                        .addValue("now", java.sql.Timestamp.from(now)));
    }

    /** Dates a change to the public records of the published case studies this person wrote (their name changed). */
    int authorRenamed(long accountId, Instant now) {
        return jdbc.update("update case_study set public_changed_at = :now where status = 'PUBLISHED'"
                + " and id in (select case_study_id from case_study_author where account_id = :account)",
                new MapSqlParameterSource("account", accountId).addValue("now", java.sql.Timestamp.from(now)));
    }

    long count(HarvestQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from (" + EVER_PUBLISHED + where(query, params) + ") n",
                params, Long.class);
        return count == null ? 0 : count;
    }

    /** The records of these case studies that are published now, in no particular order. */
    List<Row> publishedOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(EVER_PUBLISHED + " and h.status = 'PUBLISHED' and h.id in (:ids)",
                new MapSqlParameterSource("ids", ids), (rs, i) -> row(rs));
    }

    Optional<Row> one(long id) {
        return jdbc.query(EVER_PUBLISHED + " and h.id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> row(rs)).stream().findFirst();
    }

    Optional<Instant> earliestDatestamp() {
        java.sql.Timestamp earliest = jdbc.queryForObject("select min(e.datestamp) from (" + EVER_PUBLISHED + ") e",
                new MapSqlParameterSource(), java.sql.Timestamp.class);
        return Optional.ofNullable(earliest).map(java.sql.Timestamp::toInstant);
    }

    /** The published members of these families (originals and translations), one statement for a whole page. */
    Map<Long, List<CaseStudyLink>> families(Collection<Long> families) {
        if (families.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CaseStudyLink>> byFamily = new LinkedHashMap<>();
        jdbc.query("select c.id, coalesce(c.translation_of, c.id) as family, c.language, r.title"
                + " from case_study c join case_study_revision r on r.id = c.published_revision_id"
                + " where c.status = 'PUBLISHED' and coalesce(c.translation_of, c.id) in (:families)"
                + " order by c.language, c.id", new MapSqlParameterSource("families", families), rs -> {
                    byFamily.computeIfAbsent(rs.getLong("family"), f -> new ArrayList<>()).add(
                            new CaseStudyLink(rs.getLong("id"), rs.getString("title"), rs.getString("language")));
                });
        return byFamily;
    }

    /** Every published case study with when it was last published, for the sitemap. */
    List<HarvestCursor> published() {
        return jdbc.query("select id, published_at from case_study where status = 'PUBLISHED' order by id",
                (rs, i) -> new HarvestCursor(rs.getTimestamp("published_at").toInstant(), rs.getLong("id")));
    }

    private static String where(HarvestQuery query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (query.from() != null) {
            where.append(" and h.datestamp >= :from");
            params.addValue("from", java.sql.Timestamp.from(query.from()));
        }
        if (query.before() != null) {
            where.append(" and h.datestamp < :before");
            params.addValue("before", java.sql.Timestamp.from(query.before()));
        }
        HarvestSet set = query.set();
        if (set != null) {
            String column = switch (set.kind()) {
                case NETWORK -> "network";
                case THEME -> "themes";
                case REGION -> "regions";
            };
            if (set.kind() == HarvestSet.Kind.NETWORK) {
                if (set.value() != null) {
                    where.append(" and h.network = :setValue");
                }
            } else if (set.value() != null) {
                where.append(" and :setValue = any(h.").append(column).append(")");
            } else {
                where.append(" and cardinality(h.").append(column).append(") > 0");
            }
            if (set.value() != null) {
                params.addValue("setValue", set.value());
            }
        }
        return where.toString();
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        boolean deleted = !"PUBLISHED".equals(rs.getString("status"));
        HarvestedCaseStudy content = deleted ? null : content(rs);
        return new Row(id, rs.getTimestamp("datestamp").toInstant(), deleted, rs.getLong("family"),
                CaseStudyRecords.longs(rs, "authors"), content);
    }

    private static HarvestedCaseStudy content(ResultSet rs) throws SQLException {
        Map<String, String> sections = new LinkedHashMap<>();
        for (CaseStudyTemplate.Section section : CaseStudyTemplate.SECTIONS) {
            String text = rs.getString(section.column());
            if (text != null && !text.isBlank()) {
                sections.put(section.key(), RichText.plainText(text));
            }
        }
        return new HarvestedCaseStudy(rs.getString("title"), rs.getString("language"), rs.getString("network"),
                sections.getOrDefault("summary", ""), sections, List.of(), CaseStudyRecords.strings(rs, "countries"),
                CaseStudyRecords.strings(rs, "regions"), CaseStudyRecords.integer(rs, "year_from"),
                CaseStudyRecords.integer(rs, "year_to"), CaseStudyRecords.strings(rs, "themes"),
                CaseStudyRecords.strings(rs, "dimensions"), CaseStudyRecords.strings(rs, "sdg_targets"),
                instant(rs, "first_published_at"), instant(rs, "published_at"),
                (Long) rs.getObject("translation_of"), List.of());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
