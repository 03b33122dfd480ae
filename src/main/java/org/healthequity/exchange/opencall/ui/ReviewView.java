package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.PeerReview;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.opencall.ReviewSheet;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.opencall.Reviewing;
import org.healthequity.exchange.opencall.Scores;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One review: the submitted application read-only, a score and a comment per rubric criterion with its guidance, and
 * after submission the other reviewers' submitted scores. A conflict of interest can be declared instead.
 */
@Route("reviews/:id")
@RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
@TitleKey("nav.reviews")
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final Reviewing reviewing;
    private final ApplicationDocuments documents;
    private final Countries countries;
    private final RubricFields rubric = new RubricFields(this);
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
        } catch (AccessDeniedException e) {
            // Someone else's review, or none: nothing of it is shown.
        }
        add(new H1(getTranslation("opencall.review.not-yours")), new Anchor("reviews", getTranslation("nav.reviews")));
    }

    private void show(ReviewSheet loaded) {
        removeAll();
        rubric.clear();
        sheet = loaded;
        version = loaded.version();
        Language language = Language.of(getLocale());
        String country = countries.names(language).getOrDefault(loaded.country(), loaded.country());
        add(new H1(getTranslation("opencall.review.title", loaded.institutionName())));
        if (loaded.roundOver()) {
            Paragraph over = new Paragraph(getTranslation("opencall.review.round-over", loaded.round()) + " ");
            over.add(new Anchor("applications/" + loaded.applicationId() + "/versions?from=" + loaded.round() + "&to="
                    + loaded.currentRound(), getTranslation("opencall.review.round-over-compare")));
            add(over);
        }
        add(
                new Paragraph(getTranslation("opencall.review.applicant", loaded.institutionName(),
                        CallLabels.institutionType(this, loaded.institutionType()), country)),
                new Paragraph(loaded.call().title()), new Anchor("applications/" + loaded.applicationId() + "/review",
                        getTranslation("opencall.discussion.open")));
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
        boolean editable = loaded.status() == ReviewStatus.ASSIGNED && !loaded.roundOver();
        for (Criterion criterion : loaded.definition().rubric()) {
            add(rubric.criterion(criterion, loaded.scores(), language, editable));
        }
        if (editable) {
            Button save = new Button(getTranslation("opencall.review.save"), e -> save());
            Button submit = new Button(getTranslation("opencall.review.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button conflict = new Button(getTranslation("opencall.review.conflict"), e -> declareConflict());
            conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(save, submit, conflict));
        } else if (loaded.status() == ReviewStatus.SUBMITTED) {
            add(new H2(getTranslation("opencall.review.peers")));
            if (loaded.peers().isEmpty()) {
                add(new Paragraph(getTranslation("opencall.review.no-peers")));
            }
            for (PeerReview peer : loaded.peers()) {
                add(RubricFields.peer(this, peer, loaded, language, getLocale()));
            }
        }
    }

    Scores scores() {
        return rubric.scores();
    }

    private void save() {
        if (sheet == null) {
            return;
        }
        rubric.clearErrors();
        try {
            version = reviewing.saveScores(sheet.reviewId(), version, scores());
            Notification.show(getTranslation("opencall.review.saved"));
        } catch (ChangedMeanwhile e) {
            Notification.show(getTranslation("opencall.changed-elsewhere"));
        } catch (Refused problem) {
            rubric.showProblems(problem);
        }
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        rubric.clearErrors();
        try {
            reviewing.submit(sheet.reviewId(), version, scores());
            Notification.show(getTranslation("opencall.review.submitted"));
            show(reviewing.sheet(sheet.reviewId()));
        } catch (ChangedMeanwhile e) {
            Notification.show(getTranslation("opencall.changed-elsewhere"));
        } catch (Refused problem) {
            rubric.showProblems(problem);
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
        reason.setMaxLength(ReviewAssignment.REASON_MAX);
        Button confirm = new Button(getTranslation("opencall.review.conflict-confirm"), e -> {
            try {
                reviewing.declareConflict(reviewId, reason.getValue());
                dialog.close();
                show(reviewing.sheet(reviewId));
            } catch (Refused problem) {
                Refusals.show(problem, this, field -> reason);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("opencall.review.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
