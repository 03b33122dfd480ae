package org.healthequity.exchange.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.db.Like;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * The network directory. Everyone may call it; what comes back depends on who asks: visitors get the public part,
 * network members what members may see, the secretariat everything. Only people who opted in appear, and a filter on
 * a field the viewer may not see does not match, so filters cannot reveal hidden values.
 */
@Service
public class DirectoryService {

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
    private final PhotoStore photos;

    DirectoryService(NamedParameterJdbcTemplate jdbc, PhotoStore photos) {
        this.jdbc = jdbc;
        this.photos = photos;
    }

    /** One page of the directory, sorted by name: three queries whatever the page size. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<MemberCard> page(DirectoryFilter filter, Language language, int offset, int limit) {
        Visibility level = viewerLevel();
        MapSqlParameterSource parameters = parameters(filter, level);
        parameters.addValue("limit", Math.max(1, Math.min(limit, 500))).addValue("offset", Math.max(0, offset));
        String sql = "select " + CARD_COLUMNS.formatted(language.code()) + FROM + where(filter)
                + " order by lower(a.display_name), a.id limit :limit offset :offset";
        List<Row> rows = jdbc.query(sql, parameters, (rs, i) -> row(rs));
        return cards(rows, level);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(DirectoryFilter filter) {
        Visibility level = viewerLevel();
        Long count = jdbc.queryForObject("select count(*) " + FROM + where(filter), parameters(filter, level),
                Long.class);
        return count == null ? 0 : count;
    }

    /** A profile page, if the person is in the directory (or the viewer is that person or the secretariat). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MemberPage> member(long accountId, Language language) {
        Visibility level = viewerLevel();
        Optional<ExchangeUser> viewer = CurrentUser.get();
        boolean self = viewer.isPresent() && viewer.get().accountId() == accountId;
        Visibility effective = self ? Visibility.SECRETARIAT : level;
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", accountId)
                .addValue("all", self || level == Visibility.SECRETARIAT);
        List<Row> rows = jdbc.query("select " + CARD_COLUMNS.formatted(language.code())
                + ", p.biography, p.biography_visibility, a.email " + FROM
                + " where a.id = :id and a.status = 'ACTIVE' and (p.in_directory or :all)", parameters,
                (rs, i) -> row(rs));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.getFirst();
        MemberCard card = cards(rows, effective).getFirst();
        Map<Network, NetworkRole> networks = new EnumMap<>(Network.class);
        for (Map<String, Object> m : jdbc.queryForList(
                "select network, role from network_membership where account_id = :id", parameters)) {
            networks.put(Network.valueOf((String) m.get("network")), NetworkRole.valueOf((String) m.get("role")));
        }
        // Consent is per network: the address shows to members of a network where the person agreed to it.
        Boolean contactable = viewer.isPresent() && jdbc.queryForObject("""
                select exists (select 1 from network_membership mine join network_membership theirs
                                 on theirs.network = mine.network
                               where mine.account_id = :viewer and theirs.account_id = :id and theirs.consent_contact)
                """, parameters.addValue("viewer", viewer.get().accountId()), Boolean.class);
        String biography = row.biographyVisibility != null && row.biographyVisibility.visibleAt(effective)
                ? row.biography : null;
        // The address is never public: members see it only when the person agreed to be contacted.
        String email = effective == Visibility.SECRETARIAT
                || (effective == Visibility.MEMBERS && Boolean.TRUE.equals(contactable))
                ? row.email : null;
        return Optional.of(new MemberPage(card, biography, email, networks));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<InstitutionPage> institution(long id, Language language) {
        Visibility level = viewerLevel();
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", id).addValue("levels", levels(level));
        List<InstitutionPage> found = jdbc.query("""
                select i.id, i.name, i.type, i.country, c.region, c.name_%s as country_name, i.website,
                       coalesce(string_agg(n.network, ',' order by n.network), '') as networks
                from institution i join country c on c.iso2 = i.country
                left join institution_network n on n.institution_id = i.id
                where i.id = :id
                group by i.id, c.region, c.name_%s
                """.formatted(language.code(), language.code()), parameters, (rs, i) -> {
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
                });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.query("select " + CARD_COLUMNS.formatted(language.code()) + FROM + """
                where p.institution_id = :id and p.in_directory and a.status = 'ACTIVE'
                  and p.institution_visibility in (:levels)
                order by lower(a.display_name)
                """, parameters, (rs, i) -> row(rs));
        InstitutionPage page = found.getFirst();
        return Optional.of(new InstitutionPage(page.id(), page.name(), page.type(), page.country(),
                page.countryName(), page.region(), page.website(), page.networks(), cards(rows, level)));
    }

    /** A person's photo, if the viewer may see it (the same rule as the profile page). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(long accountId) {
        return member(accountId, Language.ENGLISH).filter(page -> page.card().photo())
                .flatMap(page -> photos.read(jdbc.queryForObject("select photo_path from profile where account_id = :id",
                        new MapSqlParameterSource("id", accountId), String.class)));
    }

    /** Institutions to choose from in a profile form. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<InstitutionRef> institutions() {
        return jdbc.query("select id, name, country from institution order by lower(name)",
                (rs, i) -> new InstitutionRef(rs.getLong("id"), rs.getString("name"), rs.getString("country")));
    }

    /** How much of a profile the current caller may see. */
    Visibility viewerLevel() {
        Optional<ExchangeUser> viewer = CurrentUser.get();
        if (viewer.isEmpty()) {
            return Visibility.PUBLIC;
        }
        ExchangeUser user = viewer.get();
        if (user.isStaff()) {
            return Visibility.SECRETARIAT;
        }
        // Network roles only: leading a working group (GROUP_LEAD) says nothing about belonging to a network.
        if (user.hasRole(Role.MEMBER) || user.hasRole(Role.STEERING_COMMITTEE)) {
            return Visibility.MEMBERS;
        }
        Boolean member = jdbc.queryForObject(
                "select exists (select 1 from network_membership where account_id = :id)",
                new MapSqlParameterSource("id", user.accountId()), Boolean.class);
        return Boolean.TRUE.equals(member) ? Visibility.MEMBERS : Visibility.PUBLIC;
    }

    private static List<String> levels(Visibility level) {
        return java.util.Arrays.stream(Visibility.values()).filter(v -> v.visibleAt(level)).map(Enum::name).toList();
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
    private record Row(long id, String name, @Nullable String title, Visibility titleVisibility,
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

    /** Applies the viewer's visibility, loading languages and expertise for all rows in two queries. */
    private List<MemberCard> cards(List<Row> rows, Visibility level) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Set<Language>> languages = new HashMap<>();
        jdbc.query("select account_id, language from profile_language where account_id in (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    long account = rs.getLong("account_id");
                    Language.ofCode(rs.getString("language")).ifPresent(l -> languages
                            .computeIfAbsent(account, k -> EnumSet.noneOf(Language.class)).add(l));
                });
        Map<Long, Set<String>> expertise = new HashMap<>();
        jdbc.query("select account_id, code from profile_expertise where account_id in (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    expertise.computeIfAbsent(rs.getLong("account_id"), k -> new java.util.TreeSet<>())
                            .add(rs.getString("code"));
                });
        List<MemberCard> cards = new ArrayList<>(rows.size());
        for (Row r : rows) {
            boolean title = r.titleVisibility.visibleAt(level);
            boolean institution = r.institutionVisibility.visibleAt(level);
            boolean country = r.countryVisibility.visibleAt(level);
            cards.add(new MemberCard(r.id, r.name, title ? r.title : null,
                    institution ? r.institutionId : null, institution ? r.institutionName : null,
                    country ? r.country : null, country ? r.countryName : null, country ? r.region : null,
                    r.languagesVisibility.visibleAt(level) ? languages.getOrDefault(r.id, Set.of()) : Set.of(),
                    r.expertiseVisibility.visibleAt(level) ? expertise.getOrDefault(r.id, Set.of()) : Set.of(),
                    r.hasPhoto && r.photoVisibility.visibleAt(level)));
        }
        return cards;
    }
}
