package org.healthequity.exchange.workgroup.ui;

import java.util.Optional;

import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupPage;
import org.healthequity.exchange.workgroup.PostEditRow;
import org.healthequity.exchange.workgroup.PostView;
import org.healthequity.exchange.workgroup.ThreadPage;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One thread: its posts with edit, history, delete and report, pinning for leads, and the reply form. Opened at a post
 * (a search result links a reply so), it scrolls to that post and marks it; a post's element id is {@code post-<id>}.
 */
class ThreadPanel extends VerticalLayout {

    private final GroupDiscussions discussions;
    private final GroupPage group;
    private final long threadId;
    /** The post to show first, until the thread is drawn again after an action. */
    private @Nullable Long focusPost;

    ThreadPanel(GroupDiscussions discussions, GroupPage group, long threadId, @Nullable Long focusPost) {
        this.discussions = discussions;
        this.group = group;
        this.threadId = threadId;
        this.focusPost = focusPost;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new Anchor("groups/" + group.card().slug(), getTranslation("workgroup.thread.back")));
        Optional<ThreadPage> found = discussions.thread(threadId);
        if (found.isEmpty() || found.get().groupId() != group.card().id()) {
            add(new Paragraph(getTranslation("workgroup.problem.not-found")));
            return;
        }
        ThreadPage thread = found.get();
        H2 heading = ContentLanguage.unknown(new H2(thread.title()));
        add(heading);
        if (thread.pinned()) {
            add(GroupText.badge(this, "workgroup.thread.pinned"));
        }
        if (thread.canPin()) {
            add(new Button(getTranslation(thread.pinned() ? "workgroup.thread.unpin" : "workgroup.thread.pin"),
                    e -> step(() -> discussions.pin(threadId, !thread.pinned()))));
        }
        for (PostView post : thread.posts()) {
            Div box = post(post);
            add(box);
            if (Long.valueOf(post.id()).equals(focusPost)) {
                box.addClassName("group-post-focus");
                box.scrollIntoView();
            }
        }
        focusPost = null;
        if (thread.canReply()) {
            TextArea reply = new TextArea(getTranslation("workgroup.post.reply"));
            reply.setHelperText(getTranslation("workgroup.post.help"));
            reply.setWidthFull();
            Button send = new Button(getTranslation("workgroup.post.send"), e -> {
                if (reply.isEmpty()) {
                    Refusals.refuse(reply, getTranslation("workgroup.problem.empty"));
                    return;
                }
                step(() -> discussions.reply(threadId, reply.getValue()));
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(reply, send);
        }
    }

    private Div post(PostView post) {
        Div box = new Div();
        box.setId("post-" + post.id());
        box.addClassName("group-post");
        String meta = post.authorName() + " · " + ViewerTime.format(post.createdAt());
        if (post.editedAt() != null) {
            meta += " · " + getTranslation("workgroup.post.edited", ViewerTime.format(post.editedAt()));
        }
        box.add(new H3(meta));
        if (post.deleted()) {
            box.add(new Paragraph(getTranslation("workgroup.post.deleted")));
            return box;
        }
        box.add(GroupText.html(post.html()));
        HorizontalLayout actions = new HorizontalLayout();
        if (post.canEdit()) {
            actions.add(new Button(getTranslation("workgroup.post.edit"), e -> edit(post)));
        }
        if (post.editedAt() != null) {
            actions.add(new Button(getTranslation("workgroup.post.history"), e -> history(post)));
        }
        if (post.canDelete()) {
            Button delete = new Button(getTranslation("workgroup.post.delete"),
                    e -> step(() -> discussions.delete(post.id())));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        if (post.canFlag()) {
            actions.add(new Button(getTranslation("moderation.flag"), e -> flag(post)));
        }
        box.add(actions);
        return box;
    }

    private void edit(PostView post) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workgroup.post.edit"));
        TextArea text = new TextArea(getTranslation("workgroup.thread.body"));
        text.setValue(post.markdown());
        text.setWidth("40em");
        dialog.add(text);
        Button save = new Button(getTranslation("workgroup.post.save"), e -> {
            if (GroupText.attempt(this, () -> discussions.edit(post.id(), post.version(), text.getValue()))) {
                dialog.close();
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void history(PostView post) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workgroup.post.history"));
        for (PostEditRow row : discussions.history(post.id())) {
            dialog.add(new H3(getTranslation("workgroup.post.replaced", row.editedBy(),
                    ViewerTime.format(row.editedAt()))), GroupText.html(row.html()));
        }
        dialog.getFooter().add(new Button(getTranslation("workgroup.close"), e -> dialog.close()));
        dialog.open();
    }

    private void flag(PostView post) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("moderation.flag.title"));
        TextArea reason = new TextArea(getTranslation("moderation.flag.reason"));
        reason.setMaxLength(ModerationQueue.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        Button send = new Button(getTranslation("moderation.flag.send"), e -> {
            if (reason.isEmpty()) {
                Refusals.refuse(reason, getTranslation("validation.required"));
                return;
            }
            if (GroupText.attempt(this, () -> discussions.flag(post.id(), reason.getValue()))) {
                dialog.close();
                Notification.show(getTranslation("moderation.flag.sent"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("moderation.flag.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void step(Runnable action) {
        if (GroupText.attempt(this, action)) {
            render();
        }
    }
}
