package org.healthequity.exchange.workgroup.ui;

import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.workgroup.AdminGroupRow;
import org.healthequity.exchange.workgroup.GroupStatus;
import org.healthequity.exchange.workgroup.WorkingGroups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The secretariat's working groups: proposals to approve or decline, groups to archive, and creating one directly. */
@Route("admin/groups")
@Menu(title = "nav.admin-groups", order = 83, icon = "vaadin:group")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class AdminGroupsView extends VerticalLayout implements TitledPage {

    private final WorkingGroups groups;
    private final Grid<AdminGroupRow> grid = new Grid<>();

    public AdminGroupsView(WorkingGroups groups) {
        this.groups = groups;
        add(new H1(getTranslation("nav.admin-groups")), new Paragraph(getTranslation("workgroup.admin.intro")));
        Button create = new Button(getTranslation("workgroup.admin.create"), e -> new GroupFormDialog(this,
                "workgroup.admin.create", "workgroup.admin.create", groups::create, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ResponsiveGrid<AdminGroupRow> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("workgroup.form.name"), row -> row.status() == GroupStatus.ACTIVE
                || row.status() == GroupStatus.ARCHIVED ? new Anchor("groups/" + row.slug(), row.name())
                : new Span(row.name()));
        columns.text(getTranslation("workgroup.form.network"), row -> getTranslation(row.network().messageKey()));
        columns.text(getTranslation("workgroup.admin.status"), row -> getTranslation(row.status().messageKey()))
                .setWidth("8rem");
        columns.text(getTranslation("workgroup.form.visibility"), row -> getTranslation(row.visibility().messageKey()));
        columns.text(getTranslation("workgroup.form.leads"), row -> String.join(", ", row.leads()));
        columns.text(getTranslation("workgroup.admin.proposed-by"), AdminGroupRow::proposedBy);
        columns.time(getTranslation("workgroup.admin.created"), AdminGroupRow::createdAt);
        columns.actions(getTranslation("workgroup.admin.actions"), this::actions);
        add(create, grid);
        refresh();
    }

    private HorizontalLayout actions(AdminGroupRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.status() == GroupStatus.PROPOSED) {
            actions.add(new Button(getTranslation("workgroup.admin.approve"),
                    e -> step(() -> groups.approve(row.id()))));
            actions.add(new Button(getTranslation("workgroup.admin.decline"),
                    e -> step(() -> groups.decline(row.id()))));
        }
        if (row.status() == GroupStatus.ACTIVE) {
            actions.add(new Button(getTranslation("workgroup.admin.archive"),
                    e -> step(() -> groups.archive(row.id()))));
        }
        return actions;
    }

    private void step(Runnable action) {
        if (GroupText.attempt(this, action)) {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(groups.allGroups());
    }
}
