package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.AdminCallRow;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.opencall.CallSummary;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The secretariat's calls for applications, newest cycle first, with their applications counted by stage: start a new
 * call, edit one, clone last year's, follow its applications and move it on to its next state.
 */
@Route("admin/calls")
@Menu(title = "opencall.admin.nav", order = 83, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class AdminCallsView extends VerticalLayout implements TitledPage {

    private final CallAdministration administration;
    private final Grid<AdminCallRow> grid = new Grid<>();

    public AdminCallsView(CallAdministration administration) {
        this.administration = administration;
        setSizeFull();
        Button create = new Button(getTranslation("opencall.admin.new-call"), e -> chooseNetwork());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ResponsiveGrid<AdminCallRow> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation("opencall.admin.title"), r -> r.call().title());
        columns.text(getTranslation("opencall.admin.network"), r -> CallLabels.networkShort(this, r.call().network()));
        columns.number(getTranslation("opencall.admin.cycle"), r -> r.call().cycle());
        columns.text(getTranslation("opencall.admin.status"), r -> CallLabels.status(this, r.call().status()));
        columns.time(getTranslation("opencall.admin.opens"), r -> r.call().opensAt());
        columns.time(getTranslation("opencall.admin.closes"), r -> r.call().closesAt());
        columns.text(getTranslation("opencall.admin.call-zone"),
                r -> ViewerTime.zoneName(r.call().zone(), getLocale()));
        columns.number(getTranslation("opencall.admin.drafts"), AdminCallRow::drafts);
        columns.number(getTranslation("opencall.admin.submitted"), AdminCallRow::submitted);
        columns.number(getTranslation("opencall.admin.decided"), AdminCallRow::decided);
        columns.actions(getTranslation("opencall.admin.actions"), this::actions);
        grid.setEmptyStateText(getTranslation("opencall.admin.no-calls"));
        grid.setSizeFull();
        refresh();
        add(new H1(getTranslation("opencall.admin.nav")), new Paragraph(getTranslation("opencall.admin.calls-intro")),
                create, grid);
    }

    private HorizontalLayout actions(AdminCallRow row) {
        CallSummary call = row.call();
        Button edit = small("opencall.admin.edit", call, () -> navigate("admin/calls/" + call.id()));
        Button applications = small("opencall.admin.applications", call,
                () -> navigate("admin/calls/" + call.id() + "/applications"));
        Button clone = small("opencall.admin.clone", call, () -> cloneCall(call));
        HorizontalLayout actions = new HorizontalLayout(edit, applications, clone);
        CallSteps.next(this, administration, call.id(), call.title(), call.status(), this::refresh).ifPresent(step -> {
            step.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(step);
        });
        return actions;
    }

    private Button small(String key, CallSummary call, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(key) + " · " + call.title());
        return button;
    }

    private void chooseNetwork() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("opencall.admin.new-call"));
        Select<Network> network = new Select<>();
        network.setLabel(getTranslation("opencall.admin.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> CallLabels.network(this, n));
        network.setValue(Network.HIM);
        dialog.add(network);
        Button next = new Button(getTranslation("opencall.admin.continue"), e -> {
            dialog.close();
            navigate("admin/calls/new?network=" + network.getValue().name());
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), next);
        dialog.open();
    }

    private void cloneCall(CallSummary call) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("opencall.admin.clone-title", call.title()));
        IntegerField cycle = new IntegerField(getTranslation("opencall.admin.new-cycle"));
        cycle.setMin(CallForm.CYCLE_MIN);
        cycle.setMax(CallForm.CYCLE_MAX);
        cycle.setValue(call.cycle() + 1);
        dialog.add(new Paragraph(getTranslation("opencall.admin.clone-text")), cycle);
        Button clone = new Button(getTranslation("opencall.admin.clone-create"), e -> {
            if (cycle.getValue() == null) {
                Refusals.refuse(cycle, getTranslation("opencall.admin.required"));
                return;
            }
            try {
                long copy = administration.cloneCall(call.id(), cycle.getValue());
                dialog.close();
                navigate("admin/calls/" + copy);
            } catch (Refused problem) {
                Refusals.show(problem, this, field -> cycle);
            }
        });
        clone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), clone);
        dialog.open();
    }

    private void navigate(String location) {
        int query = location.indexOf('?');
        getUI().ifPresent(ui -> {
            if (query < 0) {
                ui.navigate(location);
            } else {
                ui.navigate(location.substring(0, query),
                        QueryParameters.fromString(location.substring(query + 1)));
            }
        });
    }

    private void refresh() {
        grid.setItems(administration.calls());
    }
}
