package org.healthequity.exchange.member;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL on the two networks as data (ADR 0015): their overview with sizes and secretariat, the
 * Terms of Reference file, and how far they reach across Member States ({@link NetworkService},
 * {@link CoverageService}).
 */
@Component
class NetworkRows {

    private final NamedParameterJdbcTemplate jdbc;

    NetworkRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<NetworkInfo> networks() {
        return jdbc.query("""
                select n.code, n.contact_email, n.terms_text, n.terms_pdf_path is not null as has_pdf,
                    (select count(*) from network_membership m join account a on a.id = m.account_id
                      where m.network = n.code and a.status = 'ACTIVE') as members,
                    (select count(*) from institution_network i where i.network = n.code) as institutions,
                    (select coalesce(string_agg(a.display_name, '|' order by a.display_name), '')
                       from network_membership m join account a on a.id = m.account_id
                       join profile p on p.account_id = a.id
                      where m.network = n.code and m.role = 'SECRETARIAT' and a.status = 'ACTIVE'
                        and p.in_directory) as secretariat
                from network n order by n.code
                """, (rs, i) -> new NetworkInfo(Network.valueOf(rs.getString("code")), rs.getString("contact_email"),
                rs.getString("terms_text"), rs.getBoolean("has_pdf"),
                Arrays.stream(rs.getString("secretariat").split("\\|")).filter(s -> !s.isBlank()).toList(),
                rs.getLong("members"), rs.getLong("institutions")));
    }

    /** Where the network's Terms of Reference PDF is stored, if it has one. */
    Optional<String> termsPdfPath(Network network) {
        return jdbc.queryForList("select terms_pdf_path from network where code = :code and terms_pdf_path is not null",
                new MapSqlParameterSource("code", network.name()), String.class).stream().findFirst();
    }

    void setTermsPdfPath(Network network, String path) {
        jdbc.update("update network set terms_pdf_path = :path, version = version + 1 where code = :code",
                new MapSqlParameterSource("code", network.name()).addValue("path", path));
    }

    /** Each Member State with its active members and HIM institutions, gaps first, then by region and name. */
    List<CountryCoverage> coverage(Language language) {
        return jdbc.query("""
                select c.iso2, c.name_%s as name, c.region,
                    (select count(*) from network_membership m join profile p on p.account_id = m.account_id
                        join account a on a.id = m.account_id
                      where p.country = c.iso2 and m.network = 'GKNHE' and a.status = 'ACTIVE') as gknhe,
                    (select count(*) from network_membership m join profile p on p.account_id = m.account_id
                        join account a on a.id = m.account_id
                      where p.country = c.iso2 and m.network = 'HIM' and a.status = 'ACTIVE') as him,
                    (select count(*) from institution i join institution_network n on n.institution_id = i.id
                      where i.country = c.iso2 and n.network = 'HIM') as him_institutions
                from country c
                """.formatted(language.code()), (rs, i) -> new CountryCoverage(rs.getString("iso2"),
                rs.getString("name"), rs.getString("region"), rs.getInt("gknhe"), rs.getInt("him"),
                rs.getInt("him_institutions")))
                .stream()
                .sorted(Comparator.comparing((CountryCoverage c) -> !c.uncovered())
                        .thenComparing(CountryCoverage::region)
                        .thenComparing(CountryCoverage::name, Collator.getInstance(language.locale())))
                .toList();
    }
}
