package org.healthequity.exchange.notification.ui;

import java.util.Locale;

import org.healthequity.exchange.notification.MailMessage;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailStatus;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.healthequity.exchange.shared.ui.TitledPage;

/** Every message of the outbox with its status, recipient and body; the body is shown as text, never as HTML. */
@Route("admin/mail")
@Menu(title = "nav.mail", order = 92, icon = "vaadin:envelopes")
@RolesAllowed(Role.ADMIN_NAME)
public class OutgoingMailView extends VerticalLayout implements TitledPage {

    private final VerticalLayout detail = new VerticalLayout();

    public OutgoingMailView(MailOutbox outbox) {
        setSizeFull();
        Select<MailStatus> status = new Select<>();
        status.setLabel(getTranslation("mail.view.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.view.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.view.all") : statusLabel(s));

        Grid<MailMessage> grid = new Grid<>();
        grid.addColumn(m -> ViewerTime.format(m.createdAt())).setHeader(getTranslation("mail.view.created"))
                .setAutoWidth(true);
        grid.addColumn(MailMessage::recipient).setHeader(getTranslation("mail.view.recipient")).setAutoWidth(true);
        grid.addColumn(MailMessage::subject).setHeader(getTranslation("mail.view.subject")).setFlexGrow(1);
        grid.addColumn(m -> statusLabel(m.status())).setHeader(getTranslation("mail.view.status")).setAutoWidth(true);
        grid.addColumn(MailMessage::attempts).setHeader(getTranslation("mail.view.attempts")).setAutoWidth(true);
        grid.setItems(query -> outbox.page(status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(status.getValue())));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.add(new Paragraph(getTranslation("mail.view.pick")));
        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(60);
        add(new H1(getTranslation("nav.mail")), status, split);
    }

    private void show(MailMessage message) {
        detail.removeAll();
        if (message == null) {
            detail.add(new Paragraph(getTranslation("mail.view.pick")));
            return;
        }
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

    private String statusLabel(MailStatus status) {
        return getTranslation("mail.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
