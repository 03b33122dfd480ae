package org.healthequity.exchange.consultation.ui;

import org.healthequity.exchange.consultation.AdminConsultationRow;
import org.healthequity.exchange.consultation.ConsultationAdministration;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The secretariat's consultations: create, edit, publish and close them, the latest closing first. */
@Route("admin/consultations")
@Menu(title = "nav.admin-consultations", order = 85, icon = "vaadin:comments-o")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class AdminConsultationsView extends VerticalLayout implements TitledPage {

    private final ConsultationAdministration administration;
    private final Grid<AdminConsultationRow> grid = new Grid<>();

    public AdminConsultationsView(ConsultationAdministration administration) {
        this.administration = administration;
        Button create = new Button(getTranslation("consultation.admin.create"),
                e -> new ConsultationFormDialog(administration, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ResponsiveGrid<AdminConsultationRow> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("consultation.list.title"),
                row -> new Anchor(ConsultationView.address(row.id()), row.title()));
        columns.text(getTranslation("consultation.list.phase"), row -> ConsultationLabels.phase(this, row.phase()));
        columns.time(getTranslation("consultation.form.opens"), AdminConsultationRow::opensAt);
        columns.time(getTranslation("consultation.form.closes"), AdminConsultationRow::closesAt);
        columns.number(getTranslation("consultation.list.contributions"), AdminConsultationRow::contributions);
        columns.actions(getTranslation("consultation.admin.actions"), row -> new Button(
                getTranslation("consultation.admin.edit"), e -> new ConsultationFormDialog(administration,
                        administration.consultation(row.id()), this::refresh).open()));
        grid.setEmptyStateText(getTranslation("consultation.admin.none"));
        refresh();
        add(new H1(getTranslation("nav.admin-consultations")), new Paragraph(getTranslation("consultation.admin.intro")),
                create, grid);
    }

    private void refresh() {
        grid.setItems(query -> administration.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.count());
    }
}
