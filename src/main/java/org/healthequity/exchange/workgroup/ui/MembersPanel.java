package org.healthequity.exchange.workgroup.ui;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupPage;
import org.healthequity.exchange.workgroup.GroupRole;
import org.healthequity.exchange.workgroup.JoinRequestRow;
import org.healthequity.exchange.workgroup.MemberRow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

/** The members with their roles; for the group's leads, inviting, promoting, demoting, removing and join requests. */
class MembersPanel extends VerticalLayout {

    private final GroupMembership membership;
    private final GroupPage group;

    MembersPanel(GroupMembership membership, GroupPage group) {
        this.membership = membership;
        this.group = group;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        long id = group.card().id();
        for (MemberRow member : membership.members(id)) {
            HorizontalLayout row = new HorizontalLayout(new Span(member.name()),
                    GroupText.badge(this, member.role().messageKey()),
                    new Span(getTranslation("workgroup.members.since", ViewerTime.format(member.joinedAt()))));
            row.addClassName("group-member");
            if (group.canLead()) {
                if (member.role() == GroupRole.MEMBER) {
                    row.add(new Button(getTranslation("workgroup.members.promote"),
                            e -> step(() -> membership.promote(id, member.accountId()))));
                } else {
                    row.add(new Button(getTranslation("workgroup.members.demote"),
                            e -> step(() -> membership.demote(id, member.accountId()))));
                }
                Button remove = new Button(getTranslation("workgroup.members.remove"),
                        e -> step(() -> membership.remove(id, member.accountId())));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            add(row);
        }
        if (group.canLead()) {
            add(leadTools(id));
        }
    }

    private Div leadTools(long id) {
        Div tools = new Div();
        var requests = membership.pendingRequests(id);
        tools.add(new H2(getTranslation("workgroup.requests")));
        if (requests.isEmpty()) {
            tools.add(new Paragraph(getTranslation("workgroup.requests.empty")));
        }
        for (JoinRequestRow request : requests) {
            HorizontalLayout row = new HorizontalLayout(new Span(request.name()), new Span(request.message()));
            row.add(new Button(getTranslation("workgroup.requests.approve"),
                    e -> step(() -> membership.decideRequest(request.id(), true))));
            row.add(new Button(getTranslation("workgroup.requests.decline"),
                    e -> step(() -> membership.decideRequest(request.id(), false))));
            tools.add(row);
        }

        EmailField invite = new EmailField(getTranslation("workgroup.members.invite-email"));
        invite.setHelperText(getTranslation("workgroup.members.invite-hint"));
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("workgroup.members.invite-language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.ENGLISH);
        Button inviteButton = new Button(getTranslation("workgroup.members.invite"), e -> {
            if (!invite.isEmpty() && GroupText.attempt(this, () -> membership.invite(id, invite.getValue(),
                    language.getValue()))) {
                Notification.show(getTranslation("workgroup.members.invited"));
                invite.clear();
            }
        });
        tools.add(new H2(getTranslation("workgroup.members.manage")),
                new HorizontalLayout(invite, language, inviteButton));
        return tools;
    }

    private void step(Runnable action) {
        if (GroupText.attempt(this, action)) {
            render();
        }
    }
}
