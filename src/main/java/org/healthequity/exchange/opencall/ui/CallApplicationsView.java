package org.healthequity.exchange.opencall.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallAdministration.EditableCall;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallStatistics;
import org.healthequity.exchange.opencall.RankedApplication;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
    private final org.healthequity.exchange.opencall.ApplicationDocuments documents;
    private final CallDecisions decisions;
    private final Map<String, String> countryNames;
    private final Language language;
    private final Grid<ApplicationRow> applications = new Grid<>();
    private final Grid<RankedApplication> ranking = new Grid<>();
    private final Div statistics = new Div();
    private long callId;
    private String title = "";

    public CallApplicationsView(CallAdministration administration, ReviewAssignment assignment,
            CallDecisions decisions, Countries countries,
            org.healthequity.exchange.opencall.ApplicationDocuments documents) {
        this.documents = documents;
        this.administration = administration;
        this.assignment = assignment;
        this.decisions = decisions;
        this.language = Language.of(getLocale());
        this.countryNames = countries.names(language);
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
                CallLabels.status(this, call.get().status()))), links(), tools());
        applicationsGrid();
        rankingGrid(call.get().form().definition().rubric());
        add(new H2(getTranslation("opencall.admin.applications")), applications,
                new H2(getTranslation("opencall.admin.ranking")), ranking,
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

    private void applicationsGrid() {
        applications.getElement().setAttribute("aria-label", getTranslation("opencall.admin.applications"));
        applications.addColumn(ApplicationRow::applicantName).setHeader(getTranslation("opencall.admin.applicant"))
                .setAutoWidth(true);
        applications.addColumn(ApplicationRow::institutionName)
                .setHeader(getTranslation("opencall.admin.institution")).setAutoWidth(true);
        applications.addColumn(r -> CallLabels.institutionType(this, r.institutionType()))
                .setHeader(getTranslation("opencall.admin.institution-type")).setAutoWidth(true);
        applications.addColumn(r -> countryNames.getOrDefault(r.country(), r.country()))
                .setHeader(getTranslation("opencall.admin.country")).setAutoWidth(true);
        applications.addColumn(r -> CallLabels.applicationStatus(this, r.status()))
                .setHeader(getTranslation("opencall.admin.status")).setAutoWidth(true);
        applications.addColumn(this::screening).setHeader(getTranslation("opencall.admin.screening"))
                .setAutoWidth(true);
        applications.addColumn(new ComponentRenderer<>(this::reviewers))
                .setHeader(getTranslation("opencall.admin.reviewers")).setFlexGrow(1);
        applications.addColumn(r -> total(r.weightedTotal()))
                .setHeader(getTranslation("opencall.admin.total")).setAutoWidth(true);
        applications.addColumn(r -> r.rank() == 0 ? "" : String.valueOf(r.rank()))
                .setHeader(getTranslation("opencall.admin.rank")).setAutoWidth(true);
        applications.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(getTranslation("opencall.admin.actions")).setAutoWidth(true);
        applications.setAllRowsVisible(true);
        applications.setEmptyStateText(getTranslation("opencall.admin.no-applications"));
    }

    private String screening(ApplicationRow row) {
        if (row.screening() == null) {
            return getTranslation("opencall.admin.not-screened");
        }
        boolean eligible = "ELIGIBLE".equals(row.screening());
        String screened = getTranslation(eligible ? "opencall.admin.eligible" : "opencall.admin.not-eligible");
        return row.screeningReason() == null ? screened : screened + ": " + row.screeningReason();
    }

    private UnorderedList reviewers(ApplicationRow row) {
        UnorderedList list = new UnorderedList();
        row.reviewers().forEach(slot -> {
            ListItem item = new ListItem(ApplicationDialogs.slot(this, slot));
            if (slot.late()) {
                item.addClassName("overdue");
            }
            list.add(item);
        });
        return list;
    }

    private HorizontalLayout actions(ApplicationRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(small("opencall.admin.read", row, () -> read(row)));
        actions.add(small("opencall.admin.screen", row, () -> ScreeningDialog.open(this, assignment, row,
                this::refresh)));
        actions.add(small("opencall.admin.reviewers", row, () -> ReviewersDialog.open(this, assignment, row,
                countryNames, this::refresh)));
        actions.add(small("opencall.admin.decide", row, () -> DecisionDialog.open(this, decisions, row,
                this::refresh)));
        return actions;
    }

    /** The submitted application as the applicant sent it, with its files. */
    private void read(ApplicationRow row) {
        var application = assignment.application(row.id());
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("opencall.admin.read-title", application.institutionName()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("opencall.review.applicant",
                application.institutionName(), CallLabels.institutionType(this, application.institutionType()),
                countryNames.getOrDefault(application.country(), application.country())) + " · "
                + application.applicantName()));
        for (var question : application.definition().questions()) {
            dialog.add(CallText.answer(this, question, application.answers(), application.files(),
                    fileId -> documents.file(application.id(), fileId), language));
        }
        dialog.getFooter().add(new Button(getTranslation("opencall.admin.close"), e -> dialog.close()));
        dialog.open();
    }

    private Button small(String key, ApplicationRow row, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(key) + " · " + row.institutionName());
        return button;
    }

    private void rankingGrid(List<Criterion> rubric) {
        ranking.getElement().setAttribute("aria-label", getTranslation("opencall.admin.ranking"));
        ranking.addColumn(r -> r.rank() == 0 ? "" : String.valueOf(r.rank()))
                .setHeader(getTranslation("opencall.admin.rank")).setAutoWidth(true);
        ranking.addColumn(RankedApplication::institutionName).setHeader(getTranslation("opencall.admin.institution"))
                .setAutoWidth(true);
        ranking.addColumn(r -> countryNames.getOrDefault(r.country(), r.country()))
                .setHeader(getTranslation("opencall.admin.country")).setAutoWidth(true);
        ranking.addColumn(r -> CallLabels.applicationStatus(this, r.status()))
                .setHeader(getTranslation("opencall.admin.status")).setAutoWidth(true);
        ranking.addColumn(r -> total(r.weightedTotal())).setHeader(getTranslation("opencall.admin.total"))
                .setAutoWidth(true);
        ranking.addColumn(RankedApplication::reviews).setHeader(getTranslation("opencall.admin.reviews"))
                .setAutoWidth(true);
        for (Criterion criterion : rubric) {
            ranking.addColumn(r -> {
                var stats = r.criteria().get(criterion.key());
                return stats == null ? "" : getTranslation("opencall.admin.mean-spread", stats.mean(), stats.spread());
            }).setHeader(getTranslation("opencall.admin.criterion-header", criterion.label().in(language),
                    criterion.weight())).setAutoWidth(true);
        }
        ranking.setAllRowsVisible(true);
        ranking.setEmptyStateText(getTranslation("opencall.admin.no-applications"));
    }

    private void showStatistics(CallStatistics stats) {
        statistics.removeAll();
        statistics.add(new Paragraph(getTranslation("opencall.admin.stat-total", stats.applications())),
                new Paragraph(getTranslation("opencall.admin.stat-decisions", stats.accepted(), stats.declined(),
                        stats.waitlisted(), stats.ineligible())),
                new Paragraph(getTranslation("opencall.admin.stat-rate", stats.acceptanceRate())));
        statistics.add(counts("opencall.admin.by-country", stats.byCountry(),
                c -> countryNames.getOrDefault(c, c)));
        statistics.add(counts("opencall.admin.by-region", stats.byRegion(),
                r -> r == null || r.isBlank() ? "—" : CallLabels.region(this, r)));
        statistics.add(counts("opencall.admin.by-type", stats.byInstitutionType(),
                t -> CallLabels.institutionType(this, InstitutionType.valueOf(t))));
    }

    private Div counts(String titleKey, Map<String, Long> counts, Function<String, String> label) {
        UnorderedList list = new UnorderedList();
        counts.forEach((key, count) -> list.add(new ListItem(getTranslation("opencall.admin.stat-line",
                label.apply(key), count))));
        return new Div(new H3(getTranslation(titleKey)), list);
    }

    private String total(@Nullable Double total) {
        return total == null ? "" : String.format(getLocale(), "%.1f", total);
    }

    private void refresh() {
        applications.setItems(assignment.applications(callId));
        ranking.setItems(decisions.ranking(callId));
        showStatistics(decisions.statistics(callId));
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
