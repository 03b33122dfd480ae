package org.healthequity.exchange.workgroup.ui;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.workgroup.GroupCard;
import org.healthequity.exchange.workgroup.GroupStatus;
import org.healthequity.exchange.workgroup.WorkingGroups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The working groups the viewer may find, theirs marked; the steering committee proposes new ones here. */
@Route("groups")
@Menu(title = "nav.groups", order = 30, icon = "vaadin:group")
@AnonymousAllowed
public class GroupsView extends VerticalLayout implements TitledPage {

    private final WorkingGroups groups;

    public GroupsView(WorkingGroups groups) {
        this.groups = groups;
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("nav.groups")), new Paragraph(getTranslation("workgroup.list.intro")));
        boolean proposer = CurrentUser.get().map(u -> u.hasRole(Role.STEERING_COMMITTEE)
                || u.isStaff()).orElse(false);
        if (proposer) {
            add(new Button(getTranslation("workgroup.propose"), e -> new GroupFormDialog(this,
                    "workgroup.propose", "workgroup.propose.send", groups::propose, this::proposed).open()));
        }
        var cards = groups.visibleGroups();
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation("workgroup.list.empty")));
        }
        for (GroupCard card : cards) {
            add(card(card));
        }
        if (CurrentUser.get().isPresent()) {
            var proposals = groups.myProposals();
            if (!proposals.isEmpty()) {
                UnorderedList list = new UnorderedList();
                proposals.forEach(p -> list.add(new ListItem(new Span(p.name() + " · "),
                        GroupText.badge(this, p.status().messageKey()))));
                add(new H2(getTranslation("workgroup.list.my-proposals")), list);
            }
        }
    }

    private void proposed() {
        Notification.show(getTranslation("workgroup.propose.sent"));
        show();
    }

    private Div card(GroupCard group) {
        Div card = new Div();
        card.addClassName("group-card");
        card.add(new H2(new Anchor("groups/" + group.slug(), group.name())));
        Div badges = new Div(GroupText.badge(this, group.network().messageKey()),
                GroupText.badge(this, group.visibility().messageKey()));
        if (group.status() == GroupStatus.ARCHIVED) {
            badges.add(GroupText.badge(this, group.status().messageKey()));
        }
        if (group.myRole() != null) {
            badges.add(GroupText.badge(this, group.myRole().messageKey()));
        }
        card.add(badges, new Paragraph(group.purposeExcerpt()));
        return card;
    }
}
