package org.healthequity.exchange.member;

import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import jakarta.annotation.security.PermitAll;

/**
 * The reference data of WHO regions and Member States, named in each of the six languages. Read on most pages (filters,
 * cards, forms), so each language's table is read from the database once and kept (Caffeine): the country table is
 * written only by migrations, so nothing invalidates it while the portal runs. The methods join a caller's transaction but open none: a page
 * that only reads the cached table takes no database connection.
 */
@Service
@NamedInterface("reference")
public class Countries {

    public static final List<String> REGIONS = List.of("AFR", "AMR", "SEAR", "EUR", "EMR", "WPR");

    /** One language's view of the table: sorted by name in it, and indexed by ISO code. */
    private record Table(List<CountryRef> sorted, Map<String, String> names, Map<String, CountryRef> byCode) {

        static Table of(List<CountryRef> sorted) {
            Map<String, CountryRef> byCode = new LinkedHashMap<>();
            sorted.forEach(c -> byCode.put(c.iso2(), c));
            Map<String, String> names = new LinkedHashMap<>();
            sorted.forEach(c -> names.put(c.iso2(), c.name()));
            return new Table(sorted, Collections.unmodifiableMap(names),
                    Collections.unmodifiableMap(byCode));
        }
    }

    private final LoadingCache<Language, Table> byLanguage;

    Countries(JdbcTemplate jdbc) {
        this.byLanguage = Caffeine.newBuilder().maximumSize(Language.values().length).build(l -> Table.of(jdbc.query(
                "select iso2, region, name_" + l.code() + " as name from country",
                (rs, i) -> new CountryRef(rs.getString("iso2"), rs.getString("region"), rs.getString("name")))
                .stream().sorted(Comparator.comparing(CountryRef::name, Collator.getInstance(
                        l.locale()))).toList()));
    }

    /** All Member States, sorted by their name in the language. */
    @PermitAll
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<CountryRef> all(Language language) {
        return byLanguage.get(language).sorted();
    }

    /** Each Member State's name in the language, by ISO code. */
    @PermitAll
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, String> names(Language language) {
        return byLanguage.get(language).names();
    }

    @PermitAll
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<CountryRef> find(String iso2, Language language) {
        return Optional.ofNullable(byLanguage.get(language).byCode().get(iso2));
    }
}
