package org.healthequity.exchange.opencall.ui;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.ApplicationRevisions;
import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallAdministration.EditableCall;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.CommitteeReview;
import org.healthequity.exchange.opencall.FollowUps;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * A call's submitted applications for the secretariat: screening, reviewers (suggested, with conflicts of interest),
 * the ranking with each criterion's mean and spread, decisions with their mail, exports and statistics.
 */
@Route("admin/calls/:id/applications")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class CallApplicationsView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final CallAdministration administration;
    private final ReviewAssignment assignment;
    private final ApplicationDocuments documents;
    private final CallDecisions decisions;
    private final ApplicationRevisions revisions;
    private final CommitteeReview committee;
    private final FollowUps followUps;
    private final Map<String, String> countryNames;
    private final Language language;
    private final ApplicationsGrid applications;
    private final StatisticsPanel statistics;
    private @Nullable RankingGrid ranking;
    private long callId;
    private String title = "";

    public CallApplicationsView(CallAdministration administration, ReviewAssignment assignment,
            CallDecisions decisions, ApplicationRevisions revisions, CommitteeReview committee, Countries countries,
            ApplicationDocuments documents, FollowUps followUps) {
        this.documents = documents;
        this.followUps = followUps;
        this.administration = administration;
        this.assignment = assignment;
        this.decisions = decisions;
        this.revisions = revisions;
        this.committee = committee;
        this.language = Language.of(getLocale());
        this.countryNames = countries.names(language);
        this.applications = new ApplicationsGrid(countryNames, this::act);
        this.statistics = new StatisticsPanel(countryNames);
        addClassName("call-applications");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<EditableCall> call = RouteIds.id(event).flatMap(this::find);
        if (call.isEmpty()) {
            title = getTranslation("error.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("opencall.admin.call-not-found")),
                    new Anchor("admin/calls", getTranslation("opencall.admin.back")));
            return;
        }
        callId = call.get().id();
        title = getTranslation("opencall.admin.applications-title", call.get().form().title());
        add(new H1(title), new Paragraph(getTranslation("opencall.admin.status-line",
                CallLabels.status(this, call.get().status()))), links(), tools(), new ChairPicker(committee, callId));
        ranking = new RankingGrid(call.get().form().definition().rubric(), countryNames, language);
        add(new H2(getTranslation("opencall.admin.applications")), applications,
                new H2(getTranslation("opencall.admin.ranking")), ranking,
                new H2(getTranslation("opencall.follow-up.heading")), new FollowUpPanel(followUps, callId),
                new H2(getTranslation("opencall.admin.statistics")), statistics);
        refresh();
    }

    private Optional<EditableCall> find(long id) {
        try {
            return Optional.of(administration.edit(id));
        } catch (Refused notFound) {
            return Optional.empty();
        }
    }

    private FlexLayout links() {
        FlexLayout links = new FlexLayout(new Anchor("admin/calls", getTranslation("opencall.admin.back")),
                new Anchor("admin/calls/" + callId, getTranslation("opencall.admin.edit-call")),
                download("csv", "text/csv", "opencall.admin.export-csv", decisions::exportCsv),
                download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "opencall.admin.export-xlsx", decisions::exportXlsx));
        links.addClassName("filters");
        return links;
    }

    private Anchor download(String extension, String mediaType, String labelKey, Function<Long, byte[]> export) {
        long id = callId;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = export.apply(id);
            return new DownloadResponse(new ByteArrayInputStream(content), "call-" + id + "-applications."
                    + extension, mediaType, content.length);
        }), getTranslation(labelKey));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private HorizontalLayout tools() {
        Button suggested = new Button(getTranslation("opencall.admin.assign-suggested"), e -> {
            try {
                int count = assignment.assignSuggested(callId);
                CallLabels.done(this, "opencall.admin.assigned-count", count);
            } catch (Refused problem) {
                CallLabels.refused(this, problem);
            }
            refresh();
        });
        Button remind = new Button(getTranslation("opencall.admin.remind-late"), e -> {
            int count = assignment.remindLate(callId);
            CallLabels.done(this, "opencall.admin.reminded-count", count);
            refresh();
        });
        return new HorizontalLayout(suggested, remind);
    }

    private void act(ApplicationsGrid.Action action, ApplicationRow row) {
        switch (action) {
            case READ -> ApplicationReader.open(this, assignment.application(row.id()), documents, countryNames,
                    language);
            case SCREEN -> ScreeningDialog.open(this, assignment, row, this::refresh);
            case REVIEWERS -> ReviewersDialog.open(this, assignment, row, countryNames, this::refresh);
            case DECIDE -> DecisionDialog.open(this, decisions, revisions, row, this::refresh);
        }
    }

    private void refresh() {
        applications.setItems(assignment.applications(callId));
        if (ranking != null) {
            ranking.setItems(decisions.ranking(callId));
        }
        statistics.show(decisions.statistics(callId));
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
