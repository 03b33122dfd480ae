package org.healthequity.exchange.member;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/** The reference data of WHO regions and Member States, named in each of the six languages. Cached: it never changes. */
@Service
public class Countries {

    public static final List<String> REGIONS = List.of("AFR", "AMR", "SEAR", "EUR", "EMR", "WPR");

    private final JdbcTemplate jdbc;
    private final Map<Language, List<CountryRef>> byLanguage = new ConcurrentHashMap<>();

    Countries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** All Member States, sorted by their name in the language. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CountryRef> all(Language language) {
        return byLanguage.computeIfAbsent(language, l -> jdbc.query(
                "select iso2, region, name_" + l.code() + " as name from country",
                (rs, i) -> new CountryRef(rs.getString("iso2"), rs.getString("region"), rs.getString("name")))
                .stream().sorted(java.util.Comparator.comparing(CountryRef::name, java.text.Collator.getInstance(
                        l.locale()))).toList());
    }

    /** Each Member State's name in the language, by ISO code. */
    @PermitAll
    public Map<String, String> names(Language language) {
        return all(language).stream().collect(java.util.stream.Collectors.toMap(CountryRef::iso2, CountryRef::name));
    }

    @PermitAll
    public java.util.Optional<CountryRef> find(String iso2, Language language) {
        return all(language).stream().filter(c -> c.iso2().equals(iso2)).findFirst();
    }
}
