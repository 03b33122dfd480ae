package org.healthequity.exchange.opencall.ui;

import java.util.Map;
import java.util.function.BiConsumer;

import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

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
        ResponsiveGrid<ApplicationRow> columns = ResponsiveGrid.of(this);
        columns.titleText(getTranslation("opencall.admin.applicant"), ApplicationRow::applicantName);
        columns.text(getTranslation("opencall.admin.institution"), ApplicationRow::institutionName);
        columns.text(getTranslation("opencall.admin.institution-type"),
                r -> CallLabels.institutionType(this, r.institutionType()));
        columns.text(getTranslation("opencall.admin.country"),
                r -> countryNames.getOrDefault(r.country(), r.country()));
        columns.text(getTranslation("opencall.admin.status"), r -> CallLabels.applicationStatus(this, r.status()));
        columns.text(getTranslation("opencall.admin.screening"), this::screening);
        columns.component(getTranslation("opencall.admin.reviewers"), this::reviewers);
        columns.number(getTranslation("opencall.admin.total"), r -> CallLabels.total(getLocale(), r.weightedTotal()));
        columns.number(getTranslation("opencall.admin.rank"), r -> r.rank() == 0 ? "" : String.valueOf(r.rank()));
        columns.actions(getTranslation("opencall.admin.actions"), this::actions);
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
