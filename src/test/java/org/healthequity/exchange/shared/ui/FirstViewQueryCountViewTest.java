package org.healthequity.exchange.shared.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.support.StatementCounter;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements a first view of each public page runs once the portal is warm (what the UI load benchmark opens
 * most): a fixed handful per page, none per row, and none at all for the layout and the reference data that every page
 * shows (countries, the menu, translations), which are kept once read.
 */
class FirstViewQueryCountViewTest extends ViewTest {

    private static final List<String> PAGES = List.of("", "case-studies", "case-studies?country=KE", "webinars",
            "calls", "members", "groups");

    @Test
    void aWarmFirstViewOfEachPublicPageRunsAFixedHandfulOfStatements() {
        PAGES.forEach(ViewTest::navigate);
        Map<String, Integer> statements = new LinkedHashMap<>();
        for (String page : PAGES) {
            navigate(page);
            // A reload is a new UI on the same address: the layout and the view are built again, as for a first view.
            StatementCounter.start();
            UI.getCurrent().getPage().reload();
            // What the browser's first answer needs too: grids and lists fetch their first rows before it is sent.
            MockVaadin.clientRoundtrip(false);
            statements.put(page, StatementCounter.stop());
        }
        System.out.println("Statements per warm first view: " + statements);
        assertThat(statements).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(4));
    }
}
