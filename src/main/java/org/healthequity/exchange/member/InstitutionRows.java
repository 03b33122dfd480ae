package org.healthequity.exchange.member;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL on institutions, their network memberships and the country codes they are checked against
 * (ADR 0015), for the secretariat's list ({@link InstitutionAdministration}), admissions ({@link NetworkAdmissions}),
 * imports ({@link MemberImport}), profiles ({@link ProfileService}) and search ({@link InstitutionSearchSource}).
 * The country table itself is read into a cache by {@link Countries}, its one owner for names and regions; here it
 * is only asked whether a code exists.
 */
@Component
class InstitutionRows {

    private final NamedParameterJdbcTemplate jdbc;

    InstitutionRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any institution is recorded. */
    boolean any() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from institution)",
                new MapSqlParameterSource(), Boolean.class));
    }

    /** Every institution by name, for choosing one. */
    List<InstitutionRef> refs() {
        return jdbc.query("select id, name, country from institution order by lower(name)",
                (rs, i) -> new InstitutionRef(rs.getLong("id"), rs.getString("name"), rs.getString("country")));
    }

    /** Every institution with its form values, by name. */
    List<InstitutionAdministration.Editable> editable() {
        return jdbc.query("""
                select i.id, i.name, i.type, i.country, i.website,
                       exists (select 1 from institution_network n where n.institution_id = i.id and n.network = 'HIM')
                         as him
                from institution i order by lower(i.name)""", (rs, n) -> new InstitutionAdministration.Editable(
                rs.getLong("id"), new InstitutionForm(rs.getString("name"), InstitutionType.valueOf(rs.getString("type")),
                        rs.getString("country"), rs.getString("website"), rs.getBoolean("him"))));
    }

    boolean exists(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from institution where id = :id)",
                new MapSqlParameterSource("id", id), Boolean.class));
    }

    /** The institution of that name (in any case) in that country. */
    Optional<Long> find(String name, String country) {
        return jdbc.queryForList("select id from institution where lower(name) = lower(:name) and country = :country",
                new MapSqlParameterSource("name", name).addValue("country", country), Long.class).stream().findFirst();
    }

    /**
     * Creates an institution and returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when one of that name exists in that country
     */
    long create(String name, InstitutionType type, String country, @Nullable String website, Instant now) {
        Long id = jdbc.queryForObject("""
                insert into institution (name, type, country, website, created_at)
                values (:name, :type, :country, :website, :now) returning id""", new MapSqlParameterSource("name", name)
                .addValue("type", type.name()).addValue("country", country).addValue("website", website)
                .addValue("now", Timestamp.from(now)), Long.class);
        return id;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another of that name exists in that country */
    void update(long id, String name, InstitutionType type, String country, @Nullable String website) {
        jdbc.update("update institution set name = :name, type = :type, country = :country, website = :website,"
                + " version = version + 1 where id = :id", new MapSqlParameterSource("id", id).addValue("name", name)
                .addValue("type", type.name()).addValue("country", country).addValue("website", website));
    }

    /** Records the institution as a member of the network since the day, unless it is one already. */
    void joinNetwork(long institutionId, Network network, LocalDate since) {
        jdbc.update("""
                insert into institution_network (institution_id, network, since) values (:institution, :network, :since)
                on conflict do nothing""", new MapSqlParameterSource("institution", institutionId)
                .addValue("network", network.name()).addValue("since", Date.valueOf(since)));
    }

    void leaveNetwork(long institutionId, Network network) {
        jdbc.update("delete from institution_network where institution_id = :institution and network = :network",
                new MapSqlParameterSource("institution", institutionId).addValue("network", network.name()));
    }

    // Member institutions, as search indexes them

    private static final String MEMBER_INSTITUTIONS = """
            select i.id, i.name, i.type, i.country, c.region, i.website, i.created_at,
                   string_agg(n.network, ',' order by n.network) as networks
            from institution i join country c on c.iso2 = i.country
            join institution_network n on n.institution_id = i.id
            """;

    /** An institution that is a member of a network, with its public fields: what search finds of it. */
    record MemberInstitution(long id, String name, InstitutionType type, String country, String region,
            @Nullable String website, Instant createdAt, List<String> networks) {
    }

    /** Every institution that is a member of at least one network, by id. */
    List<MemberInstitution> memberInstitutions() {
        return jdbc.query(MEMBER_INSTITUTIONS + " group by i.id, c.region order by i.id",
                (rs, i) -> memberInstitution(rs));
    }

    /** The institution, if it is a member of at least one network. */
    Optional<MemberInstitution> memberInstitution(long id) {
        return jdbc.query(MEMBER_INSTITUTIONS + " where i.id = :id group by i.id, c.region",
                new MapSqlParameterSource("id", id), (rs, i) -> memberInstitution(rs)).stream().findFirst();
    }

    long memberInstitutionCount() {
        Long count = jdbc.queryForObject("select count(distinct institution_id) from institution_network",
                new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    private static MemberInstitution memberInstitution(ResultSet rs) throws SQLException {
        return new MemberInstitution(rs.getLong("id"), rs.getString("name"),
                InstitutionType.valueOf(rs.getString("type")), rs.getString("country"), rs.getString("region"),
                rs.getString("website"), rs.getTimestamp("created_at").toInstant(),
                List.of(rs.getString("networks").split(",")));
    }

    // Country codes

    boolean countryExists(String iso2) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from country where iso2 = :iso2)",
                new MapSqlParameterSource("iso2", iso2), Boolean.class));
    }

    Set<String> countryCodes() {
        return new HashSet<>(jdbc.queryForList("select iso2 from country", new MapSqlParameterSource(), String.class));
    }
}
