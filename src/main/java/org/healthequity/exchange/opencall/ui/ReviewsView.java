package org.healthequity.exchange.opencall.ui;

import java.util.Comparator;

import org.healthequity.exchange.opencall.ReviewTask;
import org.healthequity.exchange.opencall.Reviewing;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A reviewer's assignments across calls, the open ones first. */
@Route("reviews")
@Menu(title = "nav.reviews", order = 61, icon = "vaadin:star-half-left-o")
@RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ReviewsView extends VerticalLayout implements TitledPage {

    public ReviewsView(Reviewing reviewing) {
        setSizeFull();
        Grid<ReviewTask> grid = new Grid<>();
        ResponsiveGrid<ReviewTask> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("opencall.reviews.application"),
                t -> new Anchor("reviews/" + t.reviewId(), t.institutionName()));
        columns.text(getTranslation("opencall.my.call"), t -> t.call().title()).setWidth("16rem");
        columns.text(getTranslation("opencall.reviews.status"), t -> CallLabels.reviewStatus(this, t.status()));
        columns.component(getTranslation("opencall.reviews.round"), t -> t.round() > 1
                ? new Anchor("applications/" + t.applicationId() + "/versions?from=" + (t.round() - 1) + "&to="
                        + t.round(), getTranslation("opencall.versions.compare-round", t.round(), t.round() - 1))
                : new Span(getTranslation(t.currentRound() ? "opencall.reviews.round-current"
                        : "opencall.reviews.round-over", t.round())));
        columns.time(getTranslation("opencall.reviews.assigned"), ReviewTask::assignedAt);
        grid.setItems(reviewing.myReviews().stream()
                .sorted(Comparator.comparing((ReviewTask t) -> t.status().ordinal())).toList());
        grid.setEmptyStateText(getTranslation("opencall.reviews.empty"));
        grid.setSizeFull();
        add(new H1(getTranslation("nav.reviews")), new Paragraph(getTranslation("opencall.reviews.intro")), grid);
    }
}
