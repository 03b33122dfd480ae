package org.healthequity.exchange.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case study module's SQL on the library as read (ADR 0015): the cards and pages of published case studies, the
 * versions authors compare, an author's own list, and the live documents handed to the search index, with the one
 * mapping of a revision row to its form. The services check who may see what before calling; writes go through
 * {@link CaseStudy} and {@link CaseStudyRevision}, and the SQL on authors and attachments is {@link CaseStudyRecords}'.
 */
@Component
class LibraryRows {

    /** A case study's head row: its state and which revisions it points to. */
    record Head(long id, CaseStudyStatus status, @Nullable Long translationOf, @Nullable Long publishedRevisionId,
            @Nullable Long workingRevisionId, @Nullable Instant firstPublishedAt, @Nullable Instant publishedAt,
            List<Long> authors, @Nullable String doi) {
    }

    /** A published case study's row for the open web: codes and ids, named by {@link PublishedCaseStudies}. */
    record Open(long id, String title, String summary, String language, String network, List<Long> authors,
            List<String> themes, List<String> countries, Instant firstPublishedAt, Instant publishedAt,
            @Nullable String doi) {
    }

    /** A revision as shown on a case study's page. */
    record Shown(long id, int number, RevisionStatus status, CaseStudyForm form, List<String> regions,
            List<String> themes) {
    }

    /** Where an attachment is stored, and whether it is public or the viewer one of its authors. */
    record AttachmentAccess(String storedName, String fileName, String mediaType, boolean live, boolean author) {
    }

    private static final int MAX_YEARS = 60;

    private static final String LIVE = " from case_study c join case_study_revision r on r.id = c.published_revision_id"
            + " where c.status = 'PUBLISHED'";

    /** The template's section columns, in its order (a new section is searched without touching this class). */
    private static final String SECTION_COLUMNS = CaseStudyTemplate.SECTIONS.stream()
            .map(section -> "r." + section.column()).collect(Collectors.joining(", "));

    private static final String LIVE_DOCUMENT = "select c.id, coalesce(c.translation_of, c.id) as family,"
            + " c.language, c.network, c.published_at, r.title, "
            + SECTION_COLUMNS + """
            , r.countries, r.regions, r.year_from, r.year_to, r.themes, r.dimensions, r.sdg_targets, r.contacts,
                (select string_agg(a.extracted_text, ' ') from case_study_attachment a
                    join case_study_revision_attachment ra on ra.attachment_id = a.id
                    where ra.revision_id = r.id) as attachment_text
            from case_study c join case_study_revision r on r.id = c.published_revision_id
            where c.status = 'PUBLISHED'""";

    private final NamedParameterJdbcTemplate jdbc;

    LibraryRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // The library

    /** One page of published case studies, newest first. */
    List<LibraryCard> page(LibraryFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        String where = where(filter, params);
        return jdbc.query("select c.id, c.language, c.network, c.published_at, r.title, r.summary, r.countries,"
                + " r.themes, r.year_from, r.year_to" + LIVE + where
                + " order by c.published_at desc, c.id desc offset :offset limit :limit", params, LibraryRows::card);
    }

    long count(LibraryFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*)" + LIVE + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** Published case studies for the open web, newest first (one case study when {@code id} is given). */
    List<Open> open(@Nullable Long id, LibraryFilter filter, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        String where = where(filter, params);
        if (id != null) {
            where += " and c.id = :id";
            params.addValue("id", id);
        }
        return jdbc.query("select c.id, c.language, c.network, c.first_published_at, c.published_at, c.doi, r.title,"
                + " r.summary, r.countries, r.themes, array(select account_id from case_study_author a"
                + " where a.case_study_id = c.id order by position) as authors" + LIVE + where
                + " order by c.published_at desc, c.id desc limit :limit", params,
                (rs, i) -> new Open(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("language"), rs.getString("network"), CaseStudyRecords.longs(rs, "authors"),
                        CaseStudyRecords.strings(rs, "themes"), CaseStudyRecords.strings(rs, "countries"),
                        rs.getTimestamp("first_published_at").toInstant(),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("doi")));
    }

    Optional<Head> head(long id) {
        return jdbc.query("select c.id, c.status, c.translation_of, c.published_revision_id,"
                + " c.working_revision_id, c.first_published_at, c.published_at, c.doi,"
                + " array(select account_id from case_study_author a where a.case_study_id = c.id order by position)"
                + " as authors from case_study c where c.id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> new Head(rs.getLong("id"), CaseStudyStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("translation_of"), (Long) rs.getObject("published_revision_id"),
                        (Long) rs.getObject("working_revision_id"), instant(rs, "first_published_at"),
                        instant(rs, "published_at"), CaseStudyRecords.longs(rs, "authors"), rs.getString("doi")))
                .stream().findFirst();
    }

    Shown shown(long revisionId) {
        return jdbc.queryForObject("select * from case_study_revision where id = :revision",
                new MapSqlParameterSource("revision", revisionId), (rs, i) -> new Shown(rs.getLong("id"),
                        rs.getInt("number"), RevisionStatus.valueOf(rs.getString("status")), form(rs, List.of()),
                        CaseStudyRecords.strings(rs, "regions"), CaseStudyRecords.strings(rs, "themes")));
    }

    /** The published members of a case study's family (the original and its translations) other than itself. */
    List<CaseStudyLink> family(long id, long root) {
        return jdbc.query("select c.id, r.title, c.language" + LIVE
                + " and c.id <> :id and (c.id = :root or c.translation_of = :root) order by c.language",
                new MapSqlParameterSource("id", id).addValue("root", root),
                (rs, i) -> new CaseStudyLink(rs.getLong("id"), rs.getString("title"), rs.getString("language")));
    }

    /** Published case studies of other families sharing themes, most shared themes first. */
    List<CaseStudyLink> related(long id, long root, List<String> themes, int howMany) {
        return jdbc.query("select c.id, r.title, c.language" + LIVE + " and c.id <> :id"
                + " and coalesce(c.translation_of, c.id) <> :root and r.themes && string_to_array(:themes, ',')"
                + " order by (select count(*) from unnest(r.themes) t where t = any(string_to_array(:themes, ',')))"
                + " desc, c.published_at desc, c.id desc limit " + howMany,
                new MapSqlParameterSource("id", id).addValue("root", root).addValue("themes", String.join(",", themes)),
                (rs, i) -> new CaseStudyLink(rs.getLong("id"), rs.getString("title"), rs.getString("language")));
    }

    /** An attachment of the case study, with what decides whether the viewer (-1 for nobody) may download it. */
    Optional<AttachmentAccess> attachmentAccess(long caseStudyId, long attachmentId, long viewerId) {
        return jdbc.query("select a.stored_name, a.file_name, a.media_type,"
                + " c.status = 'PUBLISHED' and exists (select 1 from case_study_revision_attachment ra"
                + " where ra.attachment_id = a.id and ra.revision_id = c.published_revision_id) as public,"
                + " exists (select 1 from case_study_author au where au.case_study_id = c.id"
                + " and au.account_id = :viewer) as author"
                + " from case_study_attachment a join case_study c on c.id = a.case_study_id"
                + " where a.id = :attachment and a.case_study_id = :cs",
                new MapSqlParameterSource("attachment", attachmentId).addValue("cs", caseStudyId)
                        .addValue("viewer", viewerId),
                (rs, i) -> new AttachmentAccess(rs.getString("stored_name"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getBoolean("public"), rs.getBoolean("author")))
                .stream().findFirst();
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
                RichText.excerpt(rs.getString("summary"), CaseStudyLibrary.EXCERPT),
                CaseStudyRecords.strings(rs, "countries"), CaseStudyRecords.strings(rs, "themes"),
                CaseStudyRecords.integer(rs, "year_from"), CaseStudyRecords.integer(rs, "year_to"),
                rs.getString("language"), rs.getString("network"), rs.getTimestamp("published_at").toInstant());
    }

    // Versions

    /** The revisions of a case study, newest first. */
    List<RevisionInfo> history(long caseStudyId) {
        return jdbc.query("select * from case_study_revision where case_study_id = :id order by number desc",
                new MapSqlParameterSource("id", caseStudyId), (rs, i) -> info(rs));
    }

    /** One revision of the case study, without its attachments. */
    Optional<RevisionContent> revision(long caseStudyId, long revisionId) {
        return jdbc.query("select * from case_study_revision where id = :revision and case_study_id = :id",
                new MapSqlParameterSource("id", caseStudyId).addValue("revision", revisionId),
                (rs, i) -> new RevisionContent(caseStudyId, info(rs), form(rs, List.of()),
                        CaseStudyRecords.strings(rs, "regions"), List.of()))
                .stream().findFirst();
    }

    private static RevisionInfo info(ResultSet rs) throws SQLException {
        return new RevisionInfo(rs.getLong("id"), rs.getInt("number"), RevisionStatus.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decision_comment"));
    }

    // An author's own

    /** The person's case studies, newest change first. */
    List<MyCaseStudy> mine(long accountId) {
        return jdbc.query("select c.id, c.status, c.language, w.status as working_status, w.decision_comment,"
                + " coalesce(w.title, p.title) as title, coalesce(w.updated_at, p.updated_at) as updated_at"
                + " from case_study c join case_study_author a on a.case_study_id = c.id and a.account_id = :me"
                + " left join case_study_revision w on w.id = c.working_revision_id"
                + " left join case_study_revision p on p.id = c.published_revision_id"
                + " order by coalesce(w.updated_at, p.updated_at) desc, c.id desc",
                new MapSqlParameterSource("me", accountId),
                (rs, i) -> new MyCaseStudy(rs.getLong("id"), rs.getString("title"),
                        CaseStudyStatus.valueOf(rs.getString("status")),
                        rs.getString("working_status") == null ? null
                                : RevisionStatus.valueOf(rs.getString("working_status")),
                        "RETURNED".equals(rs.getString("working_status")) ? rs.getString("decision_comment") : null,
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("language")));
    }

    // The search index

    long publishedCount() {
        Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from case_study where status = 'PUBLISHED'",
                Long.class);
        return count == null ? 0 : count;
    }

    /** Streams every live document through a cursor; the caller holds the (read-only) transaction. */
    void forEachLive(Consumer<SearchDocument> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(
                jdbc.getJdbcTemplate().getDataSource()));
        streaming.setFetchSize(500);
        try (Stream<SearchDocument> rows = streaming.queryForStream(LIVE_DOCUMENT + " order by c.id",
                (rs, i) -> document(rs))) {
            rows.forEach(consumer);
        }
    }

    Optional<SearchDocument> live(long id) {
        return jdbc.query(LIVE_DOCUMENT + " and c.id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> document(rs)).stream().findFirst();
    }

    private static SearchDocument document(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        StringBuilder body = new StringBuilder();
        for (CaseStudyTemplate.Section section : CaseStudyTemplate.SECTIONS) {
            String text = rs.getString(section.column());
            if (text != null && !text.isBlank()) {
                body.append(RichText.roughText(text)).append("\n\n");
            }
        }
        String contacts = rs.getString("contacts");
        if (contacts != null && !contacts.isBlank()) {
            body.append(contacts).append("\n\n");
        }
        Integer from = CaseStudyRecords.integer(rs, "year_from");
        Integer to = CaseStudyRecords.integer(rs, "year_to");
        List<Integer> years = new ArrayList<>();
        if (from != null) {
            int last = to == null ? from : Math.min(to, from + MAX_YEARS);
            for (int year = from; year <= last; year++) {
                years.add(year);
            }
        }
        String attachments = rs.getString("attachment_text");
        Instant published = rs.getTimestamp("published_at").toInstant();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(ReferenceFacets.COUNTRY, CaseStudyRecords.strings(rs, "countries"));
        facets.put(ReferenceFacets.REGION, CaseStudyRecords.strings(rs, "regions"));
        facets.put(CaseStudySearchSource.YEAR, years.stream().map(String::valueOf).toList());
        facets.put(ReferenceFacets.THEME, CaseStudyRecords.strings(rs, "themes"));
        facets.put(ReferenceFacets.DIMENSION, CaseStudyRecords.strings(rs, "dimensions"));
        facets.put(ReferenceFacets.SDG, CaseStudyRecords.strings(rs, "sdg_targets"));
        facets.put(ReferenceFacets.NETWORK, List.of(rs.getString("network")));
        return new SearchDocument(CaseStudyAuthoring.TYPE, id,
                Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH), rs.getString("title"),
                body.toString().strip(), attachments == null ? "" : attachments, published, published,
                "case-studies/" + id, Set.of(SearchDocument.PUBLIC), facets)
                .withGroup(SearchDocument.key(CaseStudyAuthoring.TYPE, rs.getLong("family")));
    }

    // The one mapping of a revision row

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
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
