package org.healthequity.exchange.member;

import java.util.Comparator;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/** For the secretariat: which Member States and regions the networks reach, gaps first. One query. */
@Service
public class CoverageService {

    private final JdbcTemplate jdbc;

    CoverageService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional(readOnly = true)
    public List<CountryCoverage> countries(Language language) {
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
                        .thenComparing(CountryCoverage::name, java.text.Collator.getInstance(language.locale())))
                .toList();
    }
}
