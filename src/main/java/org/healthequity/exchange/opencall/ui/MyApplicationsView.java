package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.MyApplication;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The signed-in person's applications, with their status (and the secretariat's reason when screened out). */
@Route("my/applications")
@Menu(title = "nav.my-applications", order = 26, icon = "vaadin:clipboard-text")
@PermitAll
public class MyApplicationsView extends VerticalLayout implements TitledPage {

    public MyApplicationsView(ApplicationSubmission submission) {
        setSizeFull();
        Grid<MyApplication> grid = new Grid<>();
        ResponsiveGrid<MyApplication> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("opencall.my.call"), a -> new Anchor("calls/" + a.call().id() + "/apply",
                a.call().title()));
        columns.text(getTranslation("opencall.my.status"), a -> CallLabels.applicationStatus(this, a.status())
                + (a.screeningReason() == null ? "" : " · " + a.screeningReason())
                + (a.revisionRequests() == null ? "" : " · " + a.revisionRequests())).setWidth("14rem");
        columns.time(getTranslation("opencall.my.updated"), MyApplication::updatedAt);
        columns.time(getTranslation("opencall.my.deadline"), MyApplication::deadline);
        columns.component(getTranslation("opencall.matching.column"), a -> new Anchor("my/applications/" + a.id()
                + "/reviewers", getTranslation("opencall.matching.link")));
        columns.component(getTranslation("opencall.follow-up.column"), a -> a.status() == ApplicationStatus.ACCEPTED
                ? new Anchor("my/applications/" + a.id() + "/follow-up", getTranslation("opencall.follow-up.link"))
                : new Span());
        grid.setItems(submission.myApplications());
        grid.setEmptyStateText(getTranslation("opencall.my.empty"));
        grid.setSizeFull();
        add(new H1(getTranslation("nav.my-applications")), new Paragraph(getTranslation("opencall.my.intro")),
                new Anchor("calls", getTranslation("nav.calls")), grid);
    }
}
