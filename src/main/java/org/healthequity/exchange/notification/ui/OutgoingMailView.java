package org.healthequity.exchange.notification.ui;

import org.healthequity.exchange.notification.MailMessage;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.MasterDetail;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Every message of the outbox with its status, recipient and body, found by status, recipient, subject and period; the
 * body is shown as text, never as HTML.
 */
@Route("admin/mail")
@Menu(title = "nav.mail", order = 92, icon = "vaadin:envelopes")
@RolesAllowed(Role.ADMIN_NAME)
public class OutgoingMailView extends VerticalLayout implements TitledPage, BeforeEnterObserver {

    private final VerticalLayout detail = new VerticalLayout();
    private final Grid<MailMessage> grid = new Grid<>();
    private final MailFilterBar filters = new MailFilterBar(this::filtersChanged);
    private final MasterDetail layout = new MasterDetail(grid, detail, () -> grid.asSingleSelect().clear());

    public OutgoingMailView(MailOutbox outbox) {
        setSizeFull();
        ResponsiveGrid<MailMessage> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation("mail.view.subject"), MailMessage::subject);
        columns.text(getTranslation("mail.view.recipient"), MailMessage::recipient).setWidth("14rem");
        columns.time(getTranslation("mail.view.created"), MailMessage::createdAt);
        columns.text(getTranslation("mail.view.status"), m -> filters.label(m.status())).setWidth("7rem");
        columns.number(getTranslation("mail.view.attempts"), MailMessage::attempts);
        grid.setItems(query -> outbox.page(filters.filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filters.filter())));
        grid.setEmptyStateText(getTranslation("mail.view.none"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.add(new Paragraph(getTranslation("mail.view.pick")));
        add(new H1(getTranslation("nav.mail")), filters, layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        grid.getDataProvider().refreshAll();
    }

    /** A changed filter goes into the address (which lists again), so the search can be bookmarked and gone back to. */
    private void filtersChanged() {
        getUI().ifPresent(ui -> ui.navigate(OutgoingMailView.class, filters.parameters()));
    }

    private void show(MailMessage message) {
        detail.removeAll();
        if (message == null) {
            detail.add(new Paragraph(getTranslation("mail.view.pick")));
            layout.showList();
            return;
        }
        layout.showDetail();
        detail.add(new H2(message.subject()),
                new Paragraph(getTranslation("mail.view.to", message.recipient(), message.language())));
        if (message.sentAt() != null) {
            detail.add(new Paragraph(getTranslation("mail.view.sent-at", ViewerTime.format(message.sentAt()))));
        }
        if (message.lastError() != null) {
            detail.add(new Paragraph(getTranslation("mail.view.error", message.lastError())));
        }
        Pre body = new Pre(message.textBody());
        body.addClassName("mail-body");
        detail.add(body);
    }
}
