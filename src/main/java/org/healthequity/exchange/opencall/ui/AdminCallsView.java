package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.AdminCallRow;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.opencall.CallSummary;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
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
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
        grid.addColumn(r -> CallLabels.networkShort(this, r.call().network()))
                .setHeader(getTranslation("opencall.admin.network")).setAutoWidth(true);
        grid.addColumn(r -> r.call().cycle()).setHeader(getTranslation("opencall.admin.cycle")).setAutoWidth(true);
        grid.addColumn(r -> r.call().title()).setHeader(getTranslation("opencall.admin.title")).setFlexGrow(1);
        grid.addColumn(r -> CallLabels.status(this, r.call().status()))
                .setHeader(getTranslation("opencall.admin.status")).setAutoWidth(true);
        grid.addColumn(r -> ViewerTime.format(r.call().opensAt())).setHeader(getTranslation("opencall.admin.opens"))
                .setAutoWidth(true);
        grid.addColumn(r -> ViewerTime.format(r.call().closesAt()))
                .setHeader(getTranslation("opencall.admin.closes")).setAutoWidth(true);
        grid.addColumn(r -> ViewerTime.zoneName(r.call().zone(), getLocale()))
                .setHeader(getTranslation("opencall.admin.call-zone")).setAutoWidth(true);
        grid.addColumn(AdminCallRow::drafts).setHeader(getTranslation("opencall.admin.drafts")).setAutoWidth(true);
        grid.addColumn(AdminCallRow::submitted).setHeader(getTranslation("opencall.admin.submitted"))
                .setAutoWidth(true);
        grid.addColumn(AdminCallRow::decided).setHeader(getTranslation("opencall.admin.decided")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(getTranslation("opencall.admin.actions")).setAutoWidth(true);
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
                cycle.setErrorMessage(getTranslation("opencall.admin.required"));
                cycle.setInvalid(true);
                return;
            }
            try {
                long copy = administration.cloneCall(call.id(), cycle.getValue());
                dialog.close();
                navigate("admin/calls/" + copy);
            } catch (Refused problem) {
                cycle.setErrorMessage(String.join(" ", CallLabels.problems(this, problem)));
                cycle.setInvalid(true);
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
