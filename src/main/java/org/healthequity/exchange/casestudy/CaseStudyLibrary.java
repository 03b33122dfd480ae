package org.healthequity.exchange.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.text.RichText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Reading the library. Everyone sees published case studies only, in their live version; the authors of a case study
 * and the secretariat also see it before and after publication. Each read runs a fixed number of SQL statements,
 * whatever the page size.
 */
@Service
public class CaseStudyLibrary {

    /** The content type of case studies in the moderation queue and the search index. */
    public static final String CONTENT_TYPE = "CASE_STUDY";

    static final int EXCERPT = 280;
    private static final int RELATED = 5;

    private static final String LIVE = " from case_study c join case_study_revision r on r.id = c.published_revision_id"
            + " where c.status = 'PUBLISHED'";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseStudyRecords records;
    private final AttachmentStore files;

    CaseStudyLibrary(NamedParameterJdbcTemplate jdbc, CaseStudyRecords records, AttachmentStore files) {
        this.jdbc = jdbc;
        this.records = records;
        this.files = files;
    }

    /** One page of published case studies, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LibraryCard> page(LibraryFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        String where = where(filter, params);
        return jdbc.query("select c.id, c.language, c.network, c.published_at, r.title, r.summary, r.countries,"
                + " r.themes, r.year_from, r.year_to" + LIVE + where
                + " order by c.published_at desc, c.id desc offset :offset limit :limit", params, CaseStudyLibrary::card);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(LibraryFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*)" + LIVE + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** The most recently published case studies, for the home page. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LibraryCard> latest(int howMany) {
        return page(LibraryFilter.none(), 0, howMany);
    }

    /**
     * A case study's page for the current viewer: the live version for everyone; for its authors and the secretariat
     * also a case study that is not public (its working or last live version). Empty when the viewer may not see it.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CaseStudyPage> caseStudy(long id) {
        MapSqlParameterSource byId = new MapSqlParameterSource("id", id);
        List<Head> heads = jdbc.query("select c.id, c.status, c.translation_of, c.published_revision_id,"
                + " c.working_revision_id, c.first_published_at, c.published_at,"
                + " array(select account_id from case_study_author a where a.case_study_id = c.id order by position)"
                + " as authors from case_study c where c.id = :id", byId,
                (rs, i) -> new Head(rs.getLong("id"), CaseStudyStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("translation_of"), (Long) rs.getObject("published_revision_id"),
                        (Long) rs.getObject("working_revision_id"), instant(rs, "first_published_at"),
                        instant(rs, "published_at"), CaseStudyRecords.longs(rs, "authors")));
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Head head = heads.getFirst();
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        boolean author = viewer != null && head.authors.contains(viewer.accountId());
        boolean secretariat = viewer != null && viewer.isStaff();
        boolean live = head.status == CaseStudyStatus.PUBLISHED;
        Long shownId;
        if (live) {
            shownId = head.publishedRevisionId;
        } else if (author || secretariat) {
            shownId = head.workingRevisionId != null ? head.workingRevisionId : head.publishedRevisionId;
        } else {
            return Optional.empty();
        }
        if (shownId == null) {
            return Optional.empty();
        }
        Shown shown = jdbc.queryForObject("select * from case_study_revision where id = :revision",
                new MapSqlParameterSource("revision", shownId), (rs, i) -> new Shown(rs.getLong("id"),
                        rs.getInt("number"), RevisionStatus.valueOf(rs.getString("status")), form(rs, List.of()),
                        CaseStudyRecords.strings(rs, "regions"), CaseStudyRecords.strings(rs, "themes")));
        long root = head.translationOf != null ? head.translationOf : id;
        List<Linked> family = jdbc.query("select c.id, r.title, c.language" + LIVE
                + " and c.id <> :id and (c.id = :root or c.translation_of = :root) order by c.language",
                new MapSqlParameterSource("id", id).addValue("root", root),
                (rs, i) -> new Linked(rs.getLong("id"), rs.getString("title"), rs.getString("language")));
        CaseStudyLink original = family.stream().filter(l -> l.id == root).findFirst()
                .map(l -> new CaseStudyLink(l.id, l.title, l.language)).orElse(null);
        List<CaseStudyLink> translations = family.stream().filter(l -> l.id != root)
                .map(l -> new CaseStudyLink(l.id, l.title, l.language)).toList();
        List<CaseStudyLink> related = related(id, root, shown.themes);
        return Optional.of(new CaseStudyPage(id, shown.id, shown.number, head.status, shown.status,
                live && shown.id == head.publishedRevisionId, live && head.workingRevisionId != null, shown.form,
                shown.regions, records.attachments(shown.id), records.authors(head.authors), original, translations,
                related, head.firstPublishedAt, head.publishedAt, author, secretariat));
    }

    /** An attachment for download: of the live version for everyone; of any version for authors and the secretariat. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(long caseStudyId, long attachmentId) {
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        List<Object[]> rows = jdbc.query("select a.stored_name, a.file_name, a.media_type,"
                + " c.status = 'PUBLISHED' and exists (select 1 from case_study_revision_attachment ra"
                + " where ra.attachment_id = a.id and ra.revision_id = c.published_revision_id) as public,"
                + " exists (select 1 from case_study_author au where au.case_study_id = c.id"
                + " and au.account_id = :viewer) as author"
                + " from case_study_attachment a join case_study c on c.id = a.case_study_id"
                + " where a.id = :attachment and a.case_study_id = :cs",
                new MapSqlParameterSource("attachment", attachmentId).addValue("cs", caseStudyId)
                        .addValue("viewer", viewer == null ? -1L : viewer.accountId()),
                (rs, i) -> new Object[] {rs.getString("stored_name"), rs.getString("file_name"),
                    rs.getString("media_type"), rs.getBoolean("public"), rs.getBoolean("author")});
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.getFirst();
        boolean secretariat = viewer != null && viewer.isStaff();
        if (!(Boolean) row[3] && !(Boolean) row[4] && !secretariat) {
            return Optional.empty();
        }
        return files.read((String) row[0]).map(bytes -> new AttachmentFile((String) row[1], (String) row[2], bytes));
    }

    private List<CaseStudyLink> related(long id, long root, List<String> themes) {
        if (themes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select c.id, r.title, c.language" + LIVE + " and c.id <> :id"
                + " and coalesce(c.translation_of, c.id) <> :root and r.themes && string_to_array(:themes, ',')"
                + " order by (select count(*) from unnest(r.themes) t where t = any(string_to_array(:themes, ',')))"
                + " desc, c.published_at desc, c.id desc limit " + RELATED,
                new MapSqlParameterSource("id", id).addValue("root", root).addValue("themes", String.join(",", themes)),
                (rs, i) -> new CaseStudyLink(rs.getLong("id"), rs.getString("title"), rs.getString("language")));
    }

    static String where(LibraryFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        any(where, params, "country", "r.countries", filter.country());
        any(where, params, "region", "r.regions", filter.region());
        any(where, params, "theme", "r.themes", filter.theme());
        any(where, params, "dimension", "r.dimensions", filter.dimension());
        if (filter.sdg() != null) {
            where.append(" and exists (select 1 from unnest(r.sdg_targets) t where t = :sdg or t like :sdgGoal)");
            params.addValue("sdg", filter.sdg()).addValue("sdgGoal",
                    filter.sdg().contains(".") ? filter.sdg() : filter.sdg() + ".%");
        }
        if (filter.year() != null) {
            where.append(" and r.year_from <= :year and coalesce(r.year_to, r.year_from) >= :year");
            params.addValue("year", filter.year());
        }
        if (filter.language() != null) {
            where.append(" and c.language = :language");
            params.addValue("language", filter.language().code());
        }
        if (filter.network() != null) {
            where.append(" and c.network = :network");
            params.addValue("network", filter.network().name());
        }
        return where.toString();
    }

    private static void any(StringBuilder where, MapSqlParameterSource params, String name, String column,
            @Nullable String value) {
        if (value != null) {
            where.append(" and :").append(name).append(" = any(").append(column).append(")");
            params.addValue(name, value);
        }
    }

    private static LibraryCard card(ResultSet rs, int row) throws SQLException {
        return new LibraryCard(rs.getLong("id"), rs.getString("title"),
                RichText.excerpt(rs.getString("summary"), EXCERPT), CaseStudyRecords.strings(rs, "countries"),
                CaseStudyRecords.strings(rs, "themes"), CaseStudyRecords.integer(rs, "year_from"),
                CaseStudyRecords.integer(rs, "year_to"), rs.getString("language"), rs.getString("network"),
                rs.getTimestamp("published_at").toInstant());
    }

    private static Map<String, String> sections(ResultSet rs) throws SQLException {
        Map<String, String> sections = new LinkedHashMap<>();
        for (CaseStudyTemplate.Section section : CaseStudyTemplate.SECTIONS) {
            sections.put(section.key(), rs.getString(section.column()));
        }
        return sections;
    }

    /** A revision row as the form it was written with. */
    static CaseStudyForm form(ResultSet rs, List<Long> coAuthors) throws SQLException {
        return new CaseStudyForm(Network.valueOf(rs.getString("network")),
                Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH), rs.getString("title"),
                sections(rs), CaseStudyRecords.strings(rs, "countries"), CaseStudyRecords.integer(rs, "year_from"),
                CaseStudyRecords.integer(rs, "year_to"), CaseStudyRecords.strings(rs, "themes"),
                CaseStudyRecords.strings(rs, "dimensions"), CaseStudyRecords.strings(rs, "sdg_targets"),
                rs.getString("contacts"), rs.getString("links"), new ArrayList<>(coAuthors));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record Head(long id, CaseStudyStatus status, @Nullable Long translationOf,
            @Nullable Long publishedRevisionId, @Nullable Long workingRevisionId, @Nullable Instant firstPublishedAt,
            @Nullable Instant publishedAt, List<Long> authors) {
    }

    private record Shown(long id, int number, RevisionStatus status, CaseStudyForm form, List<String> regions,
            List<String> themes) {
    }

    private record Linked(long id, String title, String language) {
    }
}
