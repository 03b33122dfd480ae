package org.healthequity.exchange.opencall.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.healthequity.exchange.opencall.FollowUpStatus;
import org.healthequity.exchange.opencall.FollowUpStatus.State;
import org.healthequity.exchange.opencall.FollowUps;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The follow-up of each accepted application of a call, for the secretariat (ADR 0034): where it stands, and sending
 * it, one by one or to all accepted applications that have none, with a due date.
 */
class FollowUpPanel extends VerticalLayout {

    private final FollowUps followUps;
    private final long callId;
    private final Grid<FollowUpStatus> grid = new Grid<>();
    private final DatePicker due = ComponentTexts.of(new DatePicker());

    FollowUpPanel(FollowUps followUps, long callId) {
        this.followUps = followUps;
        this.callId = callId;
        setPadding(false);
        due.setLabel(getTranslation("opencall.follow-up.due-date"));
        due.setHelperText(getTranslation("opencall.follow-up.due-help"));
        Button sendAll = new Button(getTranslation("opencall.follow-up.send-all"), e -> sendAll());
        HorizontalLayout tools = new HorizontalLayout(due, sendAll,
                new Anchor("admin/calls/" + callId + "/follow-up", getTranslation("opencall.follow-up.edit-form")));
        tools.setAlignItems(Alignment.BASELINE);
        grid.getElement().setAttribute("aria-label", getTranslation("opencall.follow-up.heading"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("opencall.follow-up.no-accepted"));
        ResponsiveGrid<FollowUpStatus> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation("opencall.admin.institution"), FollowUpStatus::institutionName);
        columns.text(getTranslation("opencall.follow-up.status"), s -> getTranslation(
                "opencall.follow-up.state." + s.state().name().toLowerCase(Locale.ROOT))).setWidth("10rem");
        columns.time(getTranslation("opencall.follow-up.due-column"), FollowUpStatus::dueAt);
        columns.time(getTranslation("opencall.follow-up.submitted-column"), FollowUpStatus::submittedAt);
        columns.actions(getTranslation("opencall.follow-up.actions"), this::sendButton);
        add(tools, grid);
        refresh();
    }

    private Component sendButton(FollowUpStatus status) {
        Button send = new Button(getTranslation("opencall.follow-up.send"), e -> send(status));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        send.setVisible(status.state() == State.NOT_SENT);
        return send;
    }

    private void send(FollowUpStatus status) {
        LocalDate date = date();
        if (date == null) {
            return;
        }
        try {
            followUps.send(status.applicationId(), date);
            CallLabels.done(this, "opencall.follow-up.sent", status.institutionName());
        } catch (Refused problem) {
            Refusals.show(problem, this, this::field);
        }
        refresh();
    }

    private void sendAll() {
        LocalDate date = date();
        if (date == null) {
            return;
        }
        try {
            CallLabels.done(this, "opencall.follow-up.sent-count", followUps.sendAll(callId, date));
        } catch (Refused problem) {
            Refusals.show(problem, this, this::field);
        }
        refresh();
    }

    private @Nullable LocalDate date() {
        due.setInvalid(false);
        if (due.getValue() == null) {
            Refusals.show(new Refused("due", "opencall.problem.follow-up-due", FollowUps.DUE_DAYS_MAX), this,
                    this::field);
        }
        return due.getValue();
    }

    private @Nullable HasValidation field(String name) {
        return "due".equals(name) ? due : null;
    }

    private void refresh() {
        grid.setItems(followUps.statuses(callId));
    }
}
