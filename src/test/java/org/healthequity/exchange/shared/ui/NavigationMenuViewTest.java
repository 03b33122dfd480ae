package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.healthequity.exchange.support.MenuLinks;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationMenuViewTest extends ViewTest {

    private static final List<String> DEMO_ACCOUNTS = List.of("admin@example.org", "secretariat@example.org",
            "reviewer@example.org", "lead@example.org", "member@example.org", "researcher@example.org",
            "applicant@example.org");

    @Autowired
    NavigationMenu sharedMenu;

    @Test
    void eachRoleSetSeesTheSameMenuAsVaadinComputesForIt() {
        NavigationMenu menu = new NavigationMenu();
        Map<String, List<NavigationMenu.Item>> uncached = new LinkedHashMap<>();
        Map<String, List<NavigationMenu.Item>> first = new LinkedHashMap<>();
        List<String> viewers = new ArrayList<>();
        viewers.add("visitor");
        viewers.addAll(DEMO_ACCOUNTS);
        // Everyone once (the cache fills), then everyone again (the answers come from the cache).
        for (String viewer : viewers) {
            as(viewer);
            uncached.put(viewer, NavigationMenu.uncached(translation()));
            first.put(viewer, menu.items(UI.getCurrent().getLocale(), translation()));
        }
        for (String viewer : viewers) {
            as(viewer);
            assertThat(first.get(viewer)).as(viewer).isEqualTo(uncached.get(viewer));
            assertThat(menu.items(UI.getCurrent().getLocale(), translation())).as(viewer)
                    .isEqualTo(NavigationMenu.uncached(translation()));
        }
        assertThat(uncached.get("visitor")).isNotEqualTo(uncached.get("admin@example.org"));
        assertThat(uncached.get("applicant@example.org")).isNotEqualTo(uncached.get("secretariat@example.org"));
    }

    @Test
    void theLayoutShowsTheMenuVaadinComputesAndTheCacheKeepsEachLanguageApart() {
        login("secretariat@example.org");
        UI.getCurrent().getPage().reload();
        List<String> expected = NavigationMenu.uncached(translation()).stream().map(NavigationMenu.Item::title)
                .toList();
        assertThat(MenuLinks.titles()).isEqualTo(expected);

        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            UI.getCurrent().setLocale(locale);
            assertThat(sharedMenu.items(locale, translation())).isEqualTo(NavigationMenu.uncached(translation()));
        }
        assertThat(sharedMenu.items(Locale.FRENCH, translation()).stream().map(NavigationMenu.Item::title))
                .contains("Tableau de bord");
        assertThat(sharedMenu.items(Locale.ENGLISH, translation()).stream().map(NavigationMenu.Item::title))
                .contains("Dashboard");
    }

    private void as(String viewer) {
        if (viewer.equals("visitor")) {
            logout();
        } else {
            login(viewer);
        }
    }

    private static Function<String, String> translation() {
        UI ui = UI.getCurrent();
        return key -> ui.getTranslation(ui.getLocale(), key);
    }
}
