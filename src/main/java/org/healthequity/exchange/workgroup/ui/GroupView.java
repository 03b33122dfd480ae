package org.healthequity.exchange.workgroup.ui;

import java.util.Optional;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupPage;
import org.healthequity.exchange.workgroup.GroupSpaceTab;
import org.healthequity.exchange.workgroup.GroupStatus;
import org.healthequity.exchange.workgroup.JoinOutcome;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.NotifyMode;
import org.healthequity.exchange.workgroup.WorkingGroups;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A group's space: what it is for, joining or leaving, and tabs for discussions (a thread opens with {@code ?thread=},
 * at a post with {@code &post=}; a document's versions with {@code ?document=}: see {@link GroupFocus}),
 * documents, members and activity, followed by the tabs other modules contribute ({@link GroupSpaceTab}: the webinars
 * module lists the group's meetings; see ADR 0010). An invitation link ({@code ?invitation=}) is accepted here. What
 * the viewer may see and do is decided by the services; a group or thread the viewer may not see looks like an
 * unknown address.
 */
@Route("groups/:slug")
@AnonymousAllowed
public class GroupView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final WorkingGroups groups;
    private final GroupMembership membership;
    private final GroupDiscussions discussions;
    private final GroupDocuments documents;
    private final ObjectProvider<GroupSpaceTab> contributedTabs;
    private String title = "";

    public GroupView(WorkingGroups groups, GroupMembership membership, GroupDiscussions discussions,
            GroupDocuments documents, ObjectProvider<GroupSpaceTab> contributedTabs) {
        this.contributedTabs = contributedTabs;
        this.groups = groups;
        this.membership = membership;
        this.discussions = discussions;
        this.documents = documents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        var query = event.getLocation().getQueryParameters();
        Optional<String> invitation = query.getSingleParameter("invitation");
        invitation.ifPresent(this::invitation);
        Optional<GroupPage> page = groups.group(slug);
        if (page.isEmpty()) {
            // An invitee may not see a private group before accepting: the invitation alone is shown then.
            title = getTranslation(invitation.isPresent() ? "nav.groups" : "workgroup.not-found");
            if (invitation.isEmpty()) {
                add(new H1(title));
            }
            add(new Anchor("groups", getTranslation("nav.groups")));
            return;
        }
        show(page.get(), GroupFocus.of(query));
    }

    private void invitation(String secret) {
        Div box = new Div();
        box.addClassName("group-invitation");
        if (CurrentUser.get().isEmpty()) {
            box.add(new Paragraph(getTranslation("workgroup.invitation.sign-in")),
                    new Anchor("login", getTranslation("workgroup.invitation.sign-in-link")));
        } else {
            Button accept = new Button(getTranslation("workgroup.invitation.accept"));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(e -> GroupText.attempt(this, () -> {
                String slug = membership.acceptInvitation(secret);
                Notification.show(getTranslation("workgroup.invitation.accepted"));
                UI.getCurrent().navigate("groups/" + slug);
            }));
            box.add(new Paragraph(getTranslation("workgroup.invitation.text")), accept);
        }
        add(box);
    }

    private void show(GroupPage page, GroupFocus focus) {
        var card = page.card();
        title = card.name();
        add(new H1(card.name()));
        Div badges = new Div(GroupText.badge(this, card.network().messageKey()),
                GroupText.badge(this, card.visibility().messageKey()),
                GroupText.badge(this, card.joinPolicy().messageKey()));
        if (card.myRole() != null) {
            badges.add(GroupText.badge(this, card.myRole().messageKey()));
        }
        add(badges);
        if (card.status() == GroupStatus.ARCHIVED) {
            add(new Paragraph(getTranslation("workgroup.archived-notice")));
        }
        add(GroupText.html(page.purposeHtml()));
        Div about = new Div(new H2(getTranslation("workgroup.form.terms")), GroupText.html(page.termsHtml()),
                new H2(getTranslation("workgroup.form.deliverables")), GroupText.html(page.deliverablesHtml()));
        if (page.endsOn() != null) {
            about.add(new Paragraph(getTranslation("workgroup.ends-on", page.endsOn().toString())));
        }
        add(new Details(getTranslation("workgroup.about"), about));
        add(actions(page));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("workgroup.tab.discussions"), focus.thread() == null
                ? new ThreadListPanel(discussions, page)
                : new ThreadPanel(discussions, page, focus.thread(), focus.post()));
        var documentsTab = tabs.add(getTranslation("workgroup.tab.documents"),
                new DocumentsPanel(documents, page, focus.document()));
        if (focus.document() != null) {
            tabs.setSelectedTab(documentsTab);
        }
        tabs.add(getTranslation("workgroup.tab.members"), new MembersPanel(membership, page));
        tabs.add(getTranslation("workgroup.tab.activity"), new ActivityPanel(discussions, page));
        contributedTabs.orderedStream().forEach(tab -> tabs.add(getTranslation(tab.labelKey()),
                tab.create(page.card().id())));
        add(tabs);
    }

    private HorizontalLayout actions(GroupPage page) {
        HorizontalLayout actions = new HorizontalLayout();
        long id = page.card().id();
        if (page.canJoin()) {
            boolean open = page.card().joinPolicy() == JoinPolicy.OPEN;
            Button join = new Button(getTranslation(open ? "workgroup.join" : "workgroup.request"));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.addClickListener(e -> GroupText.attempt(this, () -> {
                JoinOutcome outcome = membership.join(id, "");
                Notification.show(getTranslation(outcome == JoinOutcome.JOINED ? "workgroup.joined"
                        : "workgroup.requested"));
                reload(page);
            }));
            actions.add(join);
        }
        if (page.requestPending()) {
            actions.add(new Span(getTranslation("workgroup.request-pending")));
        }
        if (page.myNotify() != null) {
            Select<NotifyMode> notify = new Select<>();
            notify.setLabel(getTranslation("workgroup.notify"));
            notify.setItems(NotifyMode.values());
            notify.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
            notify.setValue(page.myNotify());
            notify.addValueChangeListener(e -> {
                if (e.isFromClient() && GroupText.attempt(this, () -> membership.notifyBy(id, e.getValue()))) {
                    Notification.show(getTranslation("workgroup.notify.saved"));
                }
            });
            actions.add(notify);
            if (page.card().status() == GroupStatus.ACTIVE) {
                actions.add(new Button(getTranslation("workgroup.leave"), e -> GroupText.attempt(this, () -> {
                    membership.leave(id);
                    Notification.show(getTranslation("workgroup.left"));
                    UI.getCurrent().navigate("groups");
                })));
            }
        }
        return actions;
    }

    private void reload(GroupPage page) {
        groups.group(page.card().slug()).ifPresent(fresh -> {
            removeAll();
            show(fresh, GroupFocus.NONE);
        });
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
