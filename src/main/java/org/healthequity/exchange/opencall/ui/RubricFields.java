package org.healthequity.exchange.opencall.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.PeerReview;
import org.healthequity.exchange.opencall.ReviewSheet;
import org.healthequity.exchange.opencall.Scores;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A review's rubric: one score and one comment per criterion, read into {@link Scores}; a refused score or comment
 * ({@code key} or {@code key.comment}) is shown next to its field, anything else in a notification.
 */
final class RubricFields {

    private static final String COMMENT = ".comment";

    private final Component owner;
    private final Map<String, IntegerField> scoreFields = new LinkedHashMap<>();
    private final Map<String, TextArea> commentFields = new LinkedHashMap<>();

    RubricFields(Component owner) {
        this.owner = owner;
    }

    Div criterion(Criterion criterion, Scores scores, Language language, boolean editable) {
        Div box = new Div();
        box.addClassName("review-criterion");
        box.add(new H3(criterion.label().in(language) + " · " + owner.getTranslation("opencall.review.weight",
                criterion.weight())));
        String guidance = criterion.guidance().in(language);
        if (!guidance.isBlank()) {
            box.add(new Paragraph(guidance));
        }
        IntegerField score = new IntegerField(owner.getTranslation("opencall.review.score", criterion.scaleMin(),
                criterion.scaleMax()));
        score.setMin(criterion.scaleMin());
        score.setMax(criterion.scaleMax());
        score.setStepButtonsVisible(true);
        score.setValue(scores.value(criterion.key()));
        score.setReadOnly(!editable);
        TextArea comment = new TextArea(owner.getTranslation("opencall.review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(Scores.COMMENT_MAX);
        comment.setValue(scores.comment(criterion.key()));
        comment.setReadOnly(!editable);
        scoreFields.put(criterion.key(), score);
        commentFields.put(criterion.key(), comment);
        box.add(score, comment);
        return box;
    }

    /** Another reviewer's scores, shown once this review is submitted. */
    static Div peer(Component owner, PeerReview peer, ReviewSheet loaded, Language language, Locale locale) {
        Div box = new Div();
        box.addClassName("peer-review");
        box.add(new H3(owner.getTranslation("opencall.review.peer-total", peer.reviewerName(),
                peer.weightedTotal() == null ? "—"
                        : String.format(locale, "%.1f", peer.weightedTotal()))));
        for (Criterion criterion : loaded.definition().rubric()) {
            Integer value = peer.scores().value(criterion.key());
            box.add(new Paragraph(criterion.label().in(language) + ": " + (value == null ? "—" : value) + " · "
                    + peer.scores().comment(criterion.key())));
        }
        return box;
    }

    Scores scores() {
        Map<String, Scores.Score> values = new LinkedHashMap<>();
        scoreFields.forEach((key, field) -> values.put(key, new Scores.Score(field.getValue(),
                commentFields.get(key).getValue())));
        return new Scores(values);
    }

    /** Marks each refused score or comment and names them in a notification, focusing the first. */
    void showProblems(Refused problem) {
        Refusals.show(problem, owner, field -> field.endsWith(COMMENT)
                ? commentFields.get(field.substring(0, field.length() - COMMENT.length()))
                : scoreFields.get(field));
    }

    void clearErrors() {
        scoreFields.values().forEach(f -> f.setInvalid(false));
        commentFields.values().forEach(f -> f.setInvalid(false));
    }

    void clear() {
        scoreFields.clear();
        commentFields.clear();
    }
}
