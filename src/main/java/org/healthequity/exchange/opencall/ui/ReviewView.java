package org.healthequity.exchange.opencall.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.PeerReview;
import org.healthequity.exchange.opencall.ReviewSheet;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.opencall.Reviewing;
import org.healthequity.exchange.opencall.Scores;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One review: the submitted application read-only, a score and a comment per rubric criterion with its guidance, and
 * after submission the other reviewers' submitted scores. A conflict of interest can be declared instead.
 */
@Route("reviews/:id")
@RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Reviewing reviewing;
    private final ApplicationDocuments documents;
    private final Countries countries;
    private final Map<String, IntegerField> scoreFields = new LinkedHashMap<>();
    private final Map<String, TextArea> commentFields = new LinkedHashMap<>();
    private @Nullable ReviewSheet sheet;
    private long version;

    public ReviewView(Reviewing reviewing, ApplicationDocuments documents, Countries countries) {
        this.reviewing = reviewing;
        this.documents = documents;
        this.countries = countries;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = RouteIds.id(event);
        try {
            if (id.isPresent()) {
                show(reviewing.sheet(id.get()));
                return;
            }
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // Someone else's review, or none: nothing of it is shown.
        }
        add(new H1(getTranslation("opencall.review.not-yours")), new Anchor("reviews", getTranslation("nav.reviews")));
    }

    private void show(ReviewSheet loaded) {
        removeAll();
        scoreFields.clear();
        commentFields.clear();
        sheet = loaded;
        version = loaded.version();
        Language language = Language.of(getLocale());
        String country = countries.names(language).getOrDefault(loaded.country(), loaded.country());
        add(new H1(getTranslation("opencall.review.title", loaded.institutionName())),
                new Paragraph(getTranslation("opencall.review.applicant", loaded.institutionName(),
                        CallLabels.institutionType(this, loaded.institutionType()), country)),
                new Paragraph(loaded.call().title()));
        if (loaded.status() == ReviewStatus.CONFLICT) {
            add(new Paragraph(getTranslation("opencall.review.conflict-declared", loaded.conflictReason())));
            return;
        }
        add(new H2(getTranslation("opencall.review.answers")));
        long applicationId = loaded.applicationId();
        for (Question question : loaded.definition().questions()) {
            add(CallText.answer(this, question, loaded.answers(), loaded.files(),
                    fileId -> documents.file(applicationId, fileId), language));
        }
        add(new H2(getTranslation("opencall.review.rubric")));
        boolean editable = loaded.status() == ReviewStatus.ASSIGNED;
        for (Criterion criterion : loaded.definition().rubric()) {
            add(criterion(criterion, loaded.scores(), language, editable));
        }
        if (editable) {
            Button save = new Button(getTranslation("opencall.review.save"), e -> save());
            Button submit = new Button(getTranslation("opencall.review.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button conflict = new Button(getTranslation("opencall.review.conflict"), e -> declareConflict());
            conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(save, submit, conflict));
        } else {
            add(new H2(getTranslation("opencall.review.peers")));
            if (loaded.peers().isEmpty()) {
                add(new Paragraph(getTranslation("opencall.review.no-peers")));
            }
            for (PeerReview peer : loaded.peers()) {
                add(peer(peer, loaded, language));
            }
        }
    }

    private Div criterion(Criterion criterion, Scores scores, Language language, boolean editable) {
        Div box = new Div();
        box.addClassName("review-criterion");
        box.add(new H3(criterion.label().in(language) + " · " + getTranslation("opencall.review.weight",
                criterion.weight())));
        String guidance = criterion.guidance().in(language);
        if (!guidance.isBlank()) {
            box.add(new Paragraph(guidance));
        }
        IntegerField score = new IntegerField(getTranslation("opencall.review.score", criterion.scaleMin(),
                criterion.scaleMax()));
        score.setMin(criterion.scaleMin());
        score.setMax(criterion.scaleMax());
        score.setStepButtonsVisible(true);
        score.setValue(scores.value(criterion.key()));
        score.setReadOnly(!editable);
        TextArea comment = new TextArea(getTranslation("opencall.review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(Scores.COMMENT_MAX);
        comment.setValue(scores.comment(criterion.key()));
        comment.setReadOnly(!editable);
        scoreFields.put(criterion.key(), score);
        commentFields.put(criterion.key(), comment);
        box.add(score, comment);
        return box;
    }

    private Div peer(PeerReview peer, ReviewSheet loaded, Language language) {
        Div box = new Div();
        box.addClassName("peer-review");
        box.add(new H3(getTranslation("opencall.review.peer-total", peer.reviewerName(),
                peer.weightedTotal() == null ? "—" : String.format(getLocale(), "%.1f", peer.weightedTotal()))));
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

    private void save() {
        if (sheet == null) {
            return;
        }
        clearErrors();
        try {
            version = reviewing.saveScores(sheet.reviewId(), version, scores());
            Notification.show(getTranslation("opencall.review.saved"));
        } catch (ChangedMeanwhile e) {
            Notification.show(getTranslation("opencall.changed-elsewhere"));
        } catch (Refused problem) {
            showProblems(problem);
        }
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        clearErrors();
        try {
            reviewing.submit(sheet.reviewId(), version, scores());
            Notification.show(getTranslation("opencall.review.submitted"));
            show(reviewing.sheet(sheet.reviewId()));
        } catch (ChangedMeanwhile e) {
            Notification.show(getTranslation("opencall.changed-elsewhere"));
        } catch (Refused problem) {
            showProblems(problem);
            Notification.show(getTranslation("opencall.review.fix-fields"));
        }
    }

    private void declareConflict() {
        if (sheet == null) {
            return;
        }
        long reviewId = sheet.reviewId();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("opencall.review.conflict"));
        TextArea reason = new TextArea(getTranslation("opencall.review.conflict-reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("opencall.review.conflict-confirm"), e -> {
            try {
                reviewing.declareConflict(reviewId, reason.getValue());
                dialog.close();
                show(reviewing.sheet(reviewId));
            } catch (Refused problem) {
                reason.setErrorMessage(getTranslation(problem.first().messageKey(),
                        problem.first().arguments().toArray()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("opencall.review.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void showProblems(Refused problem) {
        for (Refused.FieldProblem p : problem.problems()) {
            String message = getTranslation(p.messageKey(), p.arguments().toArray());
            if (p.field().endsWith(".comment")) {
                TextArea comment = commentFields.get(p.field().substring(0, p.field().length() - 8));
                if (comment != null) {
                    comment.setErrorMessage(message);
                    comment.setInvalid(true);
                }
            } else if (scoreFields.containsKey(p.field())) {
                scoreFields.get(p.field()).setErrorMessage(message);
                scoreFields.get(p.field()).setInvalid(true);
            } else {
                Notification.show(message);
            }
        }
    }

    private void clearErrors() {
        scoreFields.values().forEach(f -> f.setInvalid(false));
        commentFields.values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviews") + " · " + getTranslation("app.name");
    }
}
