package org.healthequity.exchange.shared.ui;

import java.util.Locale;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditRecord;
import org.healthequity.exchange.shared.security.Role;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The audit log for administrators: newest first, loaded page by page. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 91, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements TitledPage {

    public AuditView(AuditLog audit) {
        setSizeFull();
        TextField filter = new TextField(getTranslation("audit.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);

        Grid<AuditRecord> grid = new Grid<>();
        ResponsiveGrid<AuditRecord> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation("audit.action"), AuditRecord::action);
        columns.time(getTranslation("audit.when"), AuditRecord::occurredAt);
        columns.text(getTranslation("audit.actor"), AuditRecord::actor).setWidth("14rem");
        columns.text(getTranslation("audit.target"), r -> r.targetType() == null ? ""
                : r.targetType() + " " + (r.targetId() == null ? "" : r.targetId()));
        columns.text(getTranslation("audit.outcome"),
                r -> getTranslation("audit.outcome." + r.outcome().name().toLowerCase(Locale.ROOT))).setWidth("8rem");
        columns.text(getTranslation("audit.details"), r -> r.details() == null ? "" : r.details()).setWidth("20rem");
        grid.setItems(query -> audit.page(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter.getValue())));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSizeFull();
        add(new H1(getTranslation("nav.audit")), filter, grid);
    }
}
