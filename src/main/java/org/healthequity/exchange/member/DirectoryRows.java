package org.healthequity.exchange.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.db.Like;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL on profiles as the directory shows them (ADR 0015): the cards of a page, a profile page, an
 * institution's page, the languages and expertise of listed people, and listed profiles as search indexes them. Rows
 * come back as stored; what a viewer may see of them is {@link DirectoryService}'s rule (and, in search,
 * {@link ProfileSearchSource}'s). A filter on a field matches only where the field's visibility is within the
 * viewer's level, so filters cannot reveal hidden values.
 */
@Component
class DirectoryRows {

    private static final String CARD_COLUMNS = """
            a.id, a.display_name, p.title, p.title_visibility, p.institution_id, i.name as institution_name,
            p.institution_visibility, p.country, p.country_visibility, c.region, c.name_%s as country_name,
            p.languages_visibility, p.expertise_visibility, p.photo_path is not null as has_photo,
            p.photo_visibility
            """;
    private static final String FROM = """
            from profile p
            join account a on a.id = p.account_id
            left join institution i on i.id = p.institution_id
            left join country c on c.iso2 = p.country
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DirectoryRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of listed, active people by name, matching the filter at the viewer's level. */
    List<Row> page(DirectoryFilter filter, Visibility level, Language language, int offset, int limit) {
        MapSqlParameterSource parameters = parameters(filter, level);
        parameters.addValue("limit", limit).addValue("offset", offset);
        String sql = "select " + CARD_COLUMNS.formatted(language.code()) + FROM + where(filter)
                + " order by lower(a.display_name), a.id limit :limit offset :offset";
        return jdbc.query(sql, parameters, (rs, i) -> row(rs));
    }

    long count(DirectoryFilter filter, Visibility level) {
        Long count = jdbc.queryForObject("select count(*) " + FROM + where(filter), parameters(filter, level),
                Long.class);
        return count == null ? 0 : count;
    }

    /** An active person's profile with biography and address, if listed or {@code evenUnlisted}. */
    Optional<Row> member(long accountId, Language language, boolean evenUnlisted) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", accountId).addValue("all", evenUnlisted);
        return jdbc.query("select " + CARD_COLUMNS.formatted(language.code())
                + ", p.biography, p.biography_visibility, a.email " + FROM
                + " where a.id = :id and a.status = 'ACTIVE' and (p.in_directory or :all)", parameters,
                (rs, i) -> row(rs)).stream().findFirst();
    }

    /** An institution with its networks, without its people. */
    Optional<InstitutionPage> institution(long id, Language language) {
        return jdbc.query("""
                select i.id, i.name, i.type, i.country, c.region, c.name_%s as country_name, i.website,
                       coalesce(string_agg(n.network, ',' order by n.network), '') as networks
                from institution i join country c on c.iso2 = i.country
                left join institution_network n on n.institution_id = i.id
                where i.id = :id
                group by i.id, c.region, c.name_%s
                """.formatted(language.code(), language.code()), new MapSqlParameterSource("id", id), (rs, i) -> {
                    Set<Network> networks = EnumSet.noneOf(Network.class);
                    for (String n : rs.getString("networks").split(",")) {
                        if (!n.isBlank()) {
                            networks.add(Network.valueOf(n));
                        }
                    }
                    return new InstitutionPage(rs.getLong("id"), rs.getString("name"),
                            InstitutionType.valueOf(rs.getString("type")), rs.getString("country"),
                            rs.getString("country_name"), rs.getString("region"), rs.getString("website"), networks,
                            List.of());
                }).stream().findFirst();
    }

    /** The listed, active people of an institution who show it at the viewer's level, by name. */
    List<Row> institutionMembers(long id, Visibility level, Language language) {
        return jdbc.query("select " + CARD_COLUMNS.formatted(language.code()) + FROM + """
                where p.institution_id = :id and p.in_directory and a.status = 'ACTIVE'
                  and p.institution_visibility in (:levels)
                order by lower(a.display_name)
                """, new MapSqlParameterSource("id", id).addValue("levels", levels(level)), (rs, i) -> row(rs));
    }

    private static final String SEARCH_COLUMNS = """
            select a.id, a.display_name, a.preferred_language, p.updated_at, p.title, p.title_visibility,
                   i.name as institution_name, p.institution_visibility, p.country, c.region, p.country_visibility,
                   p.biography, p.biography_visibility, p.expertise_visibility,
                   coalesce((select string_agg(e.code, ',' order by e.code) from profile_expertise e
                              where e.account_id = a.id), '') as expertise,
                   coalesce((select string_agg(m.network, ',' order by m.network) from network_membership m
                              where m.account_id = a.id), '') as networks
            """;
    private static final String LISTED = " where p.in_directory and a.status = 'ACTIVE'";

    /** A listed, active person's profile as search indexes it, every field as stored with its visibility. */
    Optional<SearchRow> searchRow(long accountId) {
        return jdbc.query(SEARCH_COLUMNS + FROM + LISTED + " and a.id = :id",
                new MapSqlParameterSource("id", accountId), (rs, i) -> searchRow(rs)).stream().findFirst();
    }

    /** Every listed, active person's profile as search indexes it, streamed (inside a transaction). */
    void forEachSearchRow(Consumer<SearchRow> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        streaming.setFetchSize(500);
        try (Stream<SearchRow> rows = streaming.queryForStream(SEARCH_COLUMNS + FROM + LISTED + " order by a.id",
                (rs, i) -> searchRow(rs))) {
            rows.forEach(consumer);
        }
    }

    /**
     * How many listed, active people show the fields search indexes at each combination of levels (in the order of
     * {@link SearchRow#indexedVisibilities()}): what the number of their search documents follows from.
     */
    Map<List<Visibility>, Long> listedByIndexedVisibilities() {
        Map<List<Visibility>, Long> counts = new HashMap<>();
        jdbc.query("""
                select p.title_visibility, p.institution_visibility, p.country_visibility, p.biography_visibility,
                       p.expertise_visibility, count(*) as people
                """ + FROM + LISTED + " group by 1, 2, 3, 4, 5", new MapSqlParameterSource(), rs -> {
                    List<Visibility> levels = new ArrayList<>();
                    for (int column = 1; column <= 5; column++) {
                        levels.add(Visibility.valueOf(rs.getString(column)));
                    }
                    counts.put(levels, rs.getLong("people"));
                });
        return counts;
    }

    /** The listed, active people who name the institution (whatever its visibility), for search to read again. */
    List<Long> listedAt(long institutionId) {
        return jdbc.queryForList("select a.id " + FROM + LISTED + " and p.institution_id = :id",
                new MapSqlParameterSource("id", institutionId), Long.class);
    }

    /** A profile as search reads it, before any visibility is applied. */
    record SearchRow(long id, String name, Language language, Instant updatedAt, @Nullable String title,
            Visibility titleVisibility, @Nullable String institutionName, Visibility institutionVisibility,
            @Nullable String country, @Nullable String region, Visibility countryVisibility,
            @Nullable String biography, Visibility biographyVisibility, List<String> expertise,
            Visibility expertiseVisibility, List<String> networks) {

        /** The visibilities of the fields search indexes (the name is always seen; languages, photo not indexed). */
        List<Visibility> indexedVisibilities() {
            return List.of(titleVisibility, institutionVisibility, countryVisibility, biographyVisibility,
                    expertiseVisibility);
        }
    }

    private static SearchRow searchRow(ResultSet rs) throws SQLException {
        return new SearchRow(rs.getLong("id"), rs.getString("display_name"),
                Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("title"),
                Visibility.valueOf(rs.getString("title_visibility")), rs.getString("institution_name"),
                Visibility.valueOf(rs.getString("institution_visibility")), rs.getString("country"),
                rs.getString("region"), Visibility.valueOf(rs.getString("country_visibility")),
                rs.getString("biography"), Visibility.valueOf(rs.getString("biography_visibility")),
                split(rs.getString("expertise")), Visibility.valueOf(rs.getString("expertise_visibility")),
                split(rs.getString("networks")));
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    /** Where the person's photo is stored; null without a profile or a photo. */
    @Nullable String photoPath(long accountId) {
        List<String> paths = jdbc.queryForList("select photo_path from profile where account_id = :id",
                new MapSqlParameterSource("id", accountId), String.class);
        return paths.isEmpty() ? null : paths.getFirst();
    }

    /** The languages of each given person. */
    Map<Long, Set<Language>> languages(List<Long> ids) {
        Map<Long, Set<Language>> languages = new HashMap<>();
        jdbc.query("select account_id, language from profile_language where account_id in (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    long account = rs.getLong("account_id");
                    Language.ofCode(rs.getString("language")).ifPresent(l -> languages
                            .computeIfAbsent(account, k -> EnumSet.noneOf(Language.class)).add(l));
                });
        return languages;
    }

    /** The expertise codes of each given person, sorted. */
    Map<Long, Set<String>> expertise(List<Long> ids) {
        Map<Long, Set<String>> expertise = new HashMap<>();
        jdbc.query("select account_id, code from profile_expertise where account_id in (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    expertise.computeIfAbsent(rs.getLong("account_id"), k -> new TreeSet<>())
                            .add(rs.getString("code"));
                });
        return expertise;
    }

    private static List<String> levels(Visibility level) {
        return Arrays.stream(Visibility.values()).filter(v -> v.visibleAt(level)).map(Enum::name).toList();
    }

    private static MapSqlParameterSource parameters(DirectoryFilter filter, Visibility level) {
        return new MapSqlParameterSource()
                .addValue("text", Like.contains(filter.text()))
                .addValue("network", filter.network() == null ? null : filter.network().name())
                .addValue("country", filter.country())
                .addValue("region", filter.region())
                .addValue("itype", filter.institutionType() == null ? null : filter.institutionType().name())
                .addValue("expertise", filter.expertise())
                .addValue("language", filter.language() == null ? null : filter.language().code())
                .addValue("levels", levels(level));
    }

    private static String where(DirectoryFilter filter) {
        StringBuilder where = new StringBuilder(" where p.in_directory and a.status = 'ACTIVE'");
        if (!filter.text().isBlank()) {
            where.append(" and lower(a.display_name) like :text");
        }
        if (filter.network() != null) {
            where.append(" and exists (select 1 from network_membership m where m.account_id = a.id"
                    + " and m.network = :network)");
        }
        if (filter.country() != null) {
            where.append(" and p.country = :country and p.country_visibility in (:levels)");
        }
        if (filter.region() != null) {
            where.append(" and c.region = :region and p.country_visibility in (:levels)");
        }
        if (filter.institutionType() != null) {
            where.append(" and i.type = :itype and p.institution_visibility in (:levels)");
        }
        if (filter.expertise() != null) {
            where.append(" and p.expertise_visibility in (:levels) and exists (select 1 from profile_expertise e"
                    + " where e.account_id = a.id and e.code = :expertise)");
        }
        if (filter.language() != null) {
            where.append(" and p.languages_visibility in (:levels) and exists (select 1 from profile_language l"
                    + " where l.account_id = a.id and l.language = :language)");
        }
        return where.toString();
    }

    /** A row as read, before the viewer's visibility is applied. */
    record Row(long id, String name, @Nullable String title, Visibility titleVisibility,
            @Nullable Long institutionId, @Nullable String institutionName, Visibility institutionVisibility,
            @Nullable String country, @Nullable String countryName, @Nullable String region,
            Visibility countryVisibility, Visibility languagesVisibility, Visibility expertiseVisibility,
            @Nullable String biography, @Nullable Visibility biographyVisibility, @Nullable String email,
            boolean hasPhoto, Visibility photoVisibility) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Set<String> columns = new HashSet<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            columns.add(rs.getMetaData().getColumnLabel(i));
        }
        long institution = rs.getLong("institution_id");
        boolean hasInstitution = !rs.wasNull();
        return new Row(rs.getLong("id"), rs.getString("display_name"), rs.getString("title"),
                Visibility.valueOf(rs.getString("title_visibility")), hasInstitution ? institution : null,
                rs.getString("institution_name"), Visibility.valueOf(rs.getString("institution_visibility")),
                rs.getString("country"), rs.getString("country_name"), rs.getString("region"),
                Visibility.valueOf(rs.getString("country_visibility")),
                Visibility.valueOf(rs.getString("languages_visibility")),
                Visibility.valueOf(rs.getString("expertise_visibility")),
                columns.contains("biography") ? rs.getString("biography") : null,
                columns.contains("biography_visibility") ? Visibility.valueOf(rs.getString("biography_visibility"))
                        : null,
                columns.contains("email") ? rs.getString("email") : null, rs.getBoolean("has_photo"),
                Visibility.valueOf(rs.getString("photo_visibility")));
    }
}
