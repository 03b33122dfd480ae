package org.healthequity.exchange.newsletter.ui;

import org.healthequity.exchange.newsletter.NewsletterRow;
import org.healthequity.exchange.newsletter.Newsletters;
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

/** The secretariat's newsletters: drafts, scheduled, being sent and sent, the most recently changed first. */
@Route("admin/newsletters")
@Menu(title = "nav.admin-newsletters", order = 84, icon = "vaadin:newspaper")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class AdminNewslettersView extends VerticalLayout implements TitledPage {

    public AdminNewslettersView(Newsletters newsletters) {
        Button create = new Button(getTranslation("newsletter.admin.create"),
                e -> getUI().ifPresent(ui -> ui.navigate(NewsletterEditorView.address("new"))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<NewsletterRow> grid = new Grid<>();
        ResponsiveGrid<NewsletterRow> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("newsletter.admin.subject"),
                row -> new Anchor(NewsletterEditorView.address(String.valueOf(row.id())), row.subject()));
        columns.text(getTranslation("newsletter.admin.status"),
                row -> NewsletterLabels.standing(this, row.status(), row.scheduledAt(), row.sentAt(),
                        row.recipients()));
        columns.time(getTranslation("newsletter.admin.updated"), NewsletterRow::updatedAt);
        grid.setItems(query -> newsletters.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, newsletters.count()));
        grid.setEmptyStateText(getTranslation("newsletter.admin.none"));
        add(new H1(getTranslation("nav.admin-newsletters")), new Paragraph(getTranslation("newsletter.admin.intro")),
                create, grid);
    }
}
