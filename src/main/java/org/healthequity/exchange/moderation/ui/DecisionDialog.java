package org.healthequity.exchange.moderation.ui;

import java.util.function.Consumer;

import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.QueueItem;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Deciding one queue item: a link to open it, a comment (required by the decisions that tell the author why) and one
 * button per decision that applies to the item's kind.
 */
class DecisionDialog extends Dialog {

    private final TextArea comment = new TextArea();

    /**
     * @param decided runs after each attempt, so the queue shows the new state
     * @param refused shows a refusal of the service
     */
    DecisionDialog(ModerationQueue queue, QueueItem item, Runnable decided, Consumer<Refused> refused) {
        setHeaderTitle(item.title());
        comment.setLabel(getTranslation("moderation.comment"));
        comment.setHelperText(getTranslation("moderation.comment.help"));
        comment.setMaxLength(ModerationQueue.COMMENT_MAX);
        comment.setWidthFull();
        add(new Anchor(item.reviewLink(), getTranslation("moderation.open-item")), comment);
        for (Decision decision : Decision.values()) {
            if (!decision.appliesTo(item.kind())) {
                continue;
            }
            Button button = new Button(getTranslation(decision.messageKey()), e -> {
                if (decision.needsComment() && comment.getValue().isBlank()) {
                    Refusals.refuse(comment, getTranslation("moderation.comment-required"));
                    return;
                }
                try {
                    queue.decide(item.id(), decision, comment.getValue());
                    close();
                    Notification.show(getTranslation("moderation.decided", getTranslation(decision.messageKey())));
                } catch (Refused problem) {
                    close();
                    refused.accept(problem);
                }
                decided.run();
            });
            if (decision == Decision.APPROVE || decision == Decision.DISMISS) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            if (decision == Decision.REJECT || decision == Decision.RETRACT) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            getFooter().add(button);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
