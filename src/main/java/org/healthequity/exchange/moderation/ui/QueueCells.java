package org.healthequity.exchange.moderation.ui;

import java.time.Duration;

import org.healthequity.exchange.moderation.ItemKind;
import org.healthequity.exchange.moderation.QueueItem;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The queue's cells that are more than a text: the item with who raised it, and its age with overdue marked. */
final class QueueCells {

    private QueueCells() {
    }

    static Div title(Component owner, QueueItem item) {
        Div cell = new Div(new Anchor(item.reviewLink(), item.title()));
        String who = item.kind() == ItemKind.FLAG
                ? owner.getTranslation("moderation.flagged-by", nameOrDash(item.raisedByName()),
                        nameOrDash(item.reason()))
                : owner.getTranslation("moderation.submitted-by", nameOrDash(item.authorName()));
        Span detail = new Span(who);
        detail.addClassName("detail");
        cell.add(new Div(detail));
        if (item.decisionComment() != null) {
            Span comment = new Span(owner.getTranslation("moderation.comment") + ": " + item.decisionComment());
            comment.addClassName("detail");
            cell.add(new Div(comment));
        }
        return cell;
    }

    static Span age(Component owner, QueueItem item) {
        Span span = new Span(age(owner, item.age()));
        span.getElement().setAttribute("title", ViewerTime.format(item.createdAt()));
        if (item.overdue()) {
            span.addClassName("overdue");
            span.setText(owner.getTranslation("moderation.overdue", age(owner, item.age())));
        }
        return span;
    }

    private static String age(Component owner, Duration age) {
        if (age.toDays() >= 1) {
            return owner.getTranslation("moderation.age.days", age.toDays());
        }
        return owner.getTranslation("moderation.age.hours", Math.max(0, age.toHours()));
    }

    private static String nameOrDash(@Nullable String value) {
        return value == null ? "—" : value;
    }
}
