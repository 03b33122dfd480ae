package org.healthequity.exchange.casestudy;

import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The library list and a case study's page run a fixed number of SQL statements, whatever the size of the page. */
class CaseStudyQueryCountIntegrationTest extends IntegrationTest {

    @Autowired
    CaseStudyLibrary library;

    @Autowired
    CaseStudyFixture fixture;

    @Test
    void libraryPageRunsTheSameStatementsForFiveOrFiftyCards() {
        // More cards than a page of five shows, whatever else is in the library: the test publishes what it lacks.
        while (library.count(LibraryFilter.none()) <= 25) {
            fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Counted statements "
                    + UUID.randomUUID()));
        }
        library.page(LibraryFilter.none(), 0, 1);
        StatementCounter.start();
        List<LibraryCard> small = library.page(LibraryFilter.none(), 0, 5);
        library.count(LibraryFilter.none());
        int forSmall = StatementCounter.stop();
        StatementCounter.start();
        List<LibraryCard> large = library.page(LibraryFilter.none(), 0, 50);
        library.count(LibraryFilter.none());
        int forLarge = StatementCounter.stop();

        assertThat(small).hasSize(5);
        assertThat(large).hasSizeGreaterThan(25);
        assertThat(forSmall).isEqualTo(2);
        assertThat(forLarge).isEqualTo(forSmall);
    }

    @Test
    void caseStudyPageRunsAFixedNumberOfStatements() {
        List<LibraryCard> cards = library.page(LibraryFilter.none(), 0, 50);
        library.caseStudy(cards.getFirst().id());
        int most = 0;
        int least = Integer.MAX_VALUE;
        for (LibraryCard card : cards) {
            StatementCounter.start();
            CaseStudyPage page = library.caseStudy(card.id()).orElseThrow();
            int count = StatementCounter.stop();
            assertThat(page.id()).isEqualTo(card.id());
            most = Math.max(most, count);
            least = Math.min(least, count);
        }
        // The case study, its shown version, its translations, related ones, attachments and author names.
        assertThat(most).isEqualTo(least).isEqualTo(6);
    }
}
