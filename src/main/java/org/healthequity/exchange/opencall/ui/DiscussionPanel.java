package org.healthequity.exchange.opencall.ui;

import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.DiscussionThread;
import org.healthequity.exchange.opencall.ReviewDiscussion;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The reviewers' discussion of an application: each reviewer's scores, then the posts, then a field to post. A refused
 * post keeps what was typed; the service decides who takes part.
 */
final class DiscussionPanel extends Section {

    private final ReviewDiscussion discussion;
    private final long applicationId;
    private final Language language;
    private final Div posts = new Div();
    private final TextArea body = new TextArea();

    DiscussionPanel(ReviewDiscussion discussion, DiscussionThread thread, Language language) {
        this.discussion = discussion;
        this.applicationId = thread.applicationId();
        this.language = language;
        addClassName("review-discussion");
        add(new H2(getTranslation("opencall.discussion.title")), new H3(getTranslation("opencall.discussion.scores")));
        UnorderedList scores = new UnorderedList();
        for (DiscussionThread.PeerScores peer : thread.scores()) {
            StringBuilder line = new StringBuilder(getTranslation("opencall.discussion.total", peer.reviewerName(),
                    CallLabels.total(getLocale(), peer.weightedTotal())));
            for (Criterion criterion : thread.definition().rubric()) {
                line.append(" · ").append(getTranslation("opencall.discussion.mark", criterion.label().in(language),
                        peer.scores().value(criterion.key()), peer.scores().comment(criterion.key())));
            }
            scores.add(new ListItem(line.toString()));
        }
        posts.addClassName("discussion-posts");
        body.setLabel(getTranslation("opencall.discussion.your-post"));
        body.setMaxLength(ReviewDiscussion.POST_MAX);
        body.setWidthFull();
        Button send = new Button(getTranslation("opencall.discussion.post"), e -> post());
        send.addClassName("no-print");
        body.addClassName("no-print");
        add(scores, new H3(getTranslation("opencall.discussion.posts")), posts, body, send);
        show(thread);
    }

    private void show(DiscussionThread thread) {
        posts.removeAll();
        if (thread.posts().isEmpty()) {
            posts.add(new Paragraph(getTranslation("opencall.discussion.none")));
        }
        for (DiscussionThread.Post post : thread.posts()) {
            Div text = new Div();
            text.getElement().setProperty("innerHTML", post.html());
            Div item = new Div(new Paragraph(getTranslation("opencall.discussion.posted", post.authorName(),
                    ViewerTime.format(post.postedAt()), post.round())), text);
            item.addClassName("discussion-post");
            posts.add(item);
        }
    }

    private void post() {
        try {
            discussion.post(applicationId, body.getValue());
            body.clear();
            show(discussion.thread(applicationId));
            CallLabels.done(this, "opencall.discussion.posted-done");
        } catch (Refused problem) {
            ApplicationDialogs.fieldOrNotify(this, problem, Map.of("body", body));
        }
    }
}
