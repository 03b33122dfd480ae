package org.healthequity.exchange.shared.ui;

import java.util.List;
import java.util.function.Function;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A signed-in person's start page: their tasks, what is new for them, and the live panels. */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Main implements TitledPage {

    public DashboardView(ObjectProvider<DashboardContribution> contributions, ObjectProvider<HomePanel> panels) {
        addClassName("dashboard-view");
        ExchangeUser viewer = CurrentUser.require();
        List<DashboardContribution> all = contributions.orderedStream().toList();
        add(new H1(getTranslation("dashboard.greeting", viewer.displayName())),
                list("dashboard.tasks", all, c -> c.tasks(viewer)),
                list("dashboard.news", all, c -> c.news(viewer)),
                Panels.grid(this, panels.orderedStream().toList()));
    }

    private Component list(String key, List<DashboardContribution> all,
            Function<DashboardContribution, List<DashboardContribution.Item>> items) {
        Section section = new Section(new H2(getTranslation(key)));
        section.addClassName("dashboard-list");
        List<DashboardContribution.Item> found = all.stream().flatMap(c -> items.apply(c).stream()).toList();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(key + ".empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (DashboardContribution.Item item : found) {
            ListItem line = new ListItem(new Anchor(item.link(), getTranslation(item.messageKey(), item.arguments().toArray())));
            if (item.when() != null) {
                Span when = new Span(ViewerTime.format(item.when()));
                when.addClassName("when");
                line.add(when);
            }
            list.add(line);
        }
        section.add(list);
        return section;
    }
}
