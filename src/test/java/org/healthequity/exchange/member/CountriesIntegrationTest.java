package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Member States are read from the database once per language and then served from memory. */
class CountriesIntegrationTest extends IntegrationTest {

    @Autowired
    Countries countries;

    @Test
    void repeatedLookupsOfTheReferenceDataRunNoSql() {
        countries.all(Language.FRENCH);

        StatementCounter.start();
        var all = countries.all(Language.FRENCH);
        var names = countries.names(Language.FRENCH);
        var germany = countries.find("DE", Language.FRENCH);
        int statements = StatementCounter.stop();

        assertThat(statements).isZero();
        assertThat(all).hasSize(names.size()).hasSizeGreaterThanOrEqualTo(194);
        assertThat(germany).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Allemagne"));
        assertThat(names).containsEntry("DE", "Allemagne");
        assertThat(countries.find("XX", Language.FRENCH)).isEmpty();
    }

    @Test
    void eachLanguageKeepsItsOwnNamesAndOrder() {
        assertThat(countries.names(Language.ENGLISH)).containsEntry("DE", "Germany");
        assertThat(countries.names(Language.SPANISH)).containsEntry("DE", "Alemania");
        assertThat(countries.all(Language.ENGLISH).getFirst().name()).isEqualTo("Afghanistan");
    }
}
