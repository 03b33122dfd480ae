package org.healthequity.exchange.opencall.ui;

import java.util.Map;
import java.util.function.BiConsumer;

import org.healthequity.exchange.opencall.ApplicationRow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * A call's submitted applications as the secretariat works through them: who applied, screening, reviewers, total and
 * rank, and a button per step on the row, handed to the view as an {@link Action} on that row.
 */
class ApplicationsGrid extends Grid<ApplicationRow> {

    /** What the secretariat can do on one application, with the label of its button. */
    enum Action {
        READ("opencall.admin.read"), SCREEN("opencall.admin.screen"), REVIEWERS("opencall.admin.reviewers"),
        DECIDE("opencall.admin.decide");

        private final String labelKey;

        Action(String labelKey) {
            this.labelKey = labelKey;
        }
    }

    private final BiConsumer<Action, ApplicationRow> onAction;

    ApplicationsGrid(Map<String, String> countryNames, BiConsumer<Action, ApplicationRow> onAction) {
        this.onAction = onAction;
        getElement().setAttribute("aria-label", getTranslation("opencall.admin.applications"));
        addColumn(ApplicationRow::applicantName).setHeader(getTranslation("opencall.admin.applicant"))
                .setAutoWidth(true);
        addColumn(ApplicationRow::institutionName).setHeader(getTranslation("opencall.admin.institution"))
                .setAutoWidth(true);
        addColumn(r -> CallLabels.institutionType(this, r.institutionType()))
                .setHeader(getTranslation("opencall.admin.institution-type")).setAutoWidth(true);
        addColumn(r -> countryNames.getOrDefault(r.country(), r.country()))
                .setHeader(getTranslation("opencall.admin.country")).setAutoWidth(true);
        addColumn(r -> CallLabels.applicationStatus(this, r.status()))
                .setHeader(getTranslation("opencall.admin.status")).setAutoWidth(true);
        addColumn(this::screening).setHeader(getTranslation("opencall.admin.screening")).setAutoWidth(true);
        addColumn(new ComponentRenderer<>(this::reviewers)).setHeader(getTranslation("opencall.admin.reviewers"))
                .setFlexGrow(1);
        addColumn(r -> CallLabels.total(getLocale(), r.weightedTotal())).setHeader(getTranslation("opencall.admin.total"))
                .setAutoWidth(true);
        addColumn(r -> r.rank() == 0 ? "" : String.valueOf(r.rank())).setHeader(getTranslation("opencall.admin.rank"))
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(getTranslation("opencall.admin.actions")).setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("opencall.admin.no-applications"));
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
        for (Action action : Action.values()) {
            Button button = new Button(getTranslation(action.labelKey), e -> onAction.accept(action, row));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", getTranslation(action.labelKey) + " · "
                    + row.institutionName());
            actions.add(button);
        }
        return actions;
    }
}
