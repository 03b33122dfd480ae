package org.healthequity.exchange.consultation.ui;

import org.healthequity.exchange.consultation.ConsultationCard;
import org.healthequity.exchange.consultation.Consultations;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The consultations the viewer may see: open ones first, then upcoming, then closed with their synthesis. */
@Route("consultations")
@Menu(title = "nav.consultations", order = 28, icon = "vaadin:comments-o")
@PermitAll
public class ConsultationsView extends VerticalLayout implements TitledPage {

    public ConsultationsView(Consultations consultations) {
        Grid<ConsultationCard> grid = new Grid<>();
        ResponsiveGrid<ConsultationCard> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("consultation.list.title"),
                card -> new Anchor(ConsultationView.address(card.id()), card.title()));
        columns.text(getTranslation("consultation.list.who"),
                card -> ConsultationLabels.who(this, card.scope(), card.network(), card.groupName())).setWidth("14rem");
        columns.text(getTranslation("consultation.list.phase"), card -> ConsultationLabels.phase(this, card.phase()));
        columns.time(getTranslation("consultation.list.closes"), ConsultationCard::closesAt);
        columns.number(getTranslation("consultation.list.contributions"), ConsultationCard::contributions);
        grid.setItems(query -> consultations.visible(query.getOffset(), query.getLimit()).stream(),
                query -> (int) consultations.countVisible());
        grid.setEmptyStateText(getTranslation("consultation.list.none"));
        add(new H1(getTranslation("nav.consultations")), new Paragraph(getTranslation("consultation.list.intro")),
                grid);
    }
}
