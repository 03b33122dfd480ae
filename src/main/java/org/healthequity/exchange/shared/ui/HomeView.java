package org.healthequity.exchange.shared.ui;

import java.util.List;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The front door for visitors: what the two networks are and do, and live panels filled by the features. A signed-in
 * person arriving at "/" goes to their dashboard; "/about" always shows this page.
 */
@Route("")
@RouteAlias("about")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver, TitledPage {

    public HomeView(ObjectProvider<HomePanel> panels) {
        addClassName("home-view");
        Section hero = new Section(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
        hero.addClassName("hero");
        if (CurrentUser.get().isEmpty()) {
            Anchor join = new Anchor("register", getTranslation("home.join"));
            join.addClassName("call-to-action");
            hero.add(join);
        }
        Div networks = new Div(network("gknhe"), network("him"));
        networks.addClassName("network-cards");
        List<HomePanel> contributed = panels.orderedStream().toList();
        add(hero, networks, Panels.grid(this, contributed));
    }

    private Section network(String key) {
        String prefix = "home.network." + key;
        UnorderedList activities = new UnorderedList();
        for (int i = 1; i <= 4; i++) {
            activities.add(new ListItem(getTranslation(prefix + ".activity" + i)));
        }
        Section card = new Section(new H2(getTranslation(prefix + ".name")),
                new Paragraph(getTranslation(prefix + ".description")), activities);
        card.addClassName("network-card");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && CurrentUser.get().isPresent()) {
            event.forwardTo("dashboard");
        }
    }

    /** The home page is titled with the portal's name alone. */
    @Override
    public String pageHeading() {
        return "";
    }
}
