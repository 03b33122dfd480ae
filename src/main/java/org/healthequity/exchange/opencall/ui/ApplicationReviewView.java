package org.healthequity.exchange.opencall.ui;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.healthequity.exchange.opencall.CommitteeReview;
import org.healthequity.exchange.opencall.DecisionSummary;
import org.healthequity.exchange.opencall.DiscussionThread;
import org.healthequity.exchange.opencall.ReviewDiscussion;
import org.healthequity.exchange.opencall.ReviewRounds;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An application's committee page: the decision summary (secretariat and committee chair), the chair's meta-review,
 * and the reviewers' discussion (its reviewers, the secretariat and the chair, once the reviews are all in). What the
 * viewer may see is decided by the services.
 */
@Route("applications/:id/review")
@RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ApplicationReviewView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final ReviewDiscussion discussion;
    private final CommitteeReview committee;
    private final ReviewRounds rounds;
    private final Language language;
    private String heading = "";

    public ApplicationReviewView(ReviewDiscussion discussion, CommitteeReview committee, ReviewRounds rounds) {
        this.discussion = discussion;
        this.committee = committee;
        this.rounds = rounds;
        this.language = Language.of(getLocale());
        addClassName("application-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading = getTranslation("opencall.versions.not-found");
        Optional<Long> id = RouteIds.id(event);
        Set<String> waiting = new LinkedHashSet<>();
        Optional<DecisionSummary> summary = id.flatMap(i -> read(() -> committee.summary(i), waiting));
        Optional<DiscussionThread> thread = id.flatMap(i -> read(() -> discussion.thread(i), waiting));
        summary.map(DecisionSummary::institutionName).or(() -> thread.map(DiscussionThread::institutionName))
                .ifPresent(name -> heading = getTranslation("opencall.committee.heading", name));
        if (summary.isEmpty() && thread.isEmpty() && !waiting.isEmpty()) {
            heading = getTranslation("opencall.committee.title");
        }
        add(new H1(heading));
        waiting.forEach(key -> add(new Paragraph(getTranslation(key))));
        summary.ifPresent(s -> {
            add(new DecisionSummaryPanel(s, language));
            if (s.chair() && s.reviewsComplete()) {
                add(new MetaReviewForm(committee, s));
            }
            if (s.round() > 1 && !s.chair()) {
                add(new EarlierRounds(rounds.history(s.applicationId()).stream().filter(r -> !r.current()).toList(),
                        s, language));
            }
        });
        thread.ifPresent(t -> add(new DiscussionPanel(discussion, t, language)));
    }

    /** What the service lets the viewer read; a refusal's reason is kept to be said, a denial says nothing. */
    private static <T> Optional<T> read(Supplier<T> reading, Set<String> refusals) {
        try {
            return Optional.of(reading.get());
        } catch (AccessDeniedException denied) {
            return Optional.empty();
        } catch (Refused refused) {
            refusals.add(refused.first().messageKey());
            return Optional.empty();
        }
    }

    @Override
    public String pageHeading() {
        return heading;
    }
}
