package org.healthequity.exchange.workgroup.ui;

import java.util.List;

import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupPage;
import org.healthequity.exchange.workgroup.ThreadRow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** The group's discussions: its threads, pinned first, and for members who may post a form to start one. */
class ThreadListPanel extends VerticalLayout {

    private final GroupDiscussions discussions;
    private final GroupPage page;

    ThreadListPanel(GroupDiscussions discussions, GroupPage page) {
        this.discussions = discussions;
        this.page = page;
        setPadding(false);
        List<ThreadRow> threads = discussions.threads(page.card().id());
        if (threads.isEmpty()) {
            add(new Paragraph(getTranslation("workgroup.threads.empty")));
        }
        UnorderedList list = new UnorderedList();
        for (ThreadRow thread : threads) {
            ListItem item = new ListItem();
            if (thread.pinned()) {
                item.add(GroupText.badge(this, "workgroup.thread.pinned"), new Span(" "));
            }
            item.add(ContentLanguage.unknown(new Anchor("groups/" + page.card().slug() + "?thread=" + thread.id(),
                    thread.title())),
                    new Span(" · " + getTranslation("workgroup.threads.line", thread.authorName(), thread.replies(),
                            ViewerTime.format(thread.lastPostAt()))));
            list.add(item);
        }
        add(list);
        if (page.canPost()) {
            newThread();
        }
    }

    private void newThread() {
        TextField subject = new TextField(getTranslation("workgroup.thread.title"));
        subject.setMaxLength(GroupDiscussions.TITLE_MAX);
        subject.setWidthFull();
        TextArea body = new TextArea(getTranslation("workgroup.thread.body"));
        body.setHelperText(getTranslation("workgroup.post.help"));
        body.setWidthFull();
        Button start = new Button(getTranslation("workgroup.thread.start"), e -> {
            if (subject.isEmpty() || body.isEmpty()) {
                subject.setInvalid(subject.isEmpty());
                body.setInvalid(body.isEmpty());
                return;
            }
            GroupText.attempt(this, () -> {
                long thread = discussions.start(page.card().id(), subject.getValue(), body.getValue());
                UI.getCurrent().navigate("groups/" + page.card().slug(),
                        QueryParameters.of("thread", String.valueOf(thread)));
            });
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("workgroup.thread.new")), subject, body, start);
    }
}
