package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.casestudy.CaseStudyClearance;
import org.healthequity.exchange.casestudy.ClearanceItem;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A clearance focal point's page (ADR 0032): the case studies waiting for their country's clearance, each to read,
 * clear, or send back to its authors with comments. Everyone else signed in finds it empty.
 */
@Route("clearance")
@RolesAllowed({Role.MEMBER_NAME, Role.GROUP_LEAD_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME,
        Role.ADMIN_NAME})
@TitleKey("nav.clearance")
public class ClearanceView extends VerticalLayout implements TitledPage {

    private final CaseStudyClearance clearance;
    private final Grid<ClearanceItem> grid = new Grid<>();

    public ClearanceView(CaseStudyClearance clearance, Countries countries) {
        this.clearance = clearance;
        setSizeFull();
        Map<String, String> names = countries.names(Language.of(getLocale()));
        ResponsiveGrid<ClearanceItem> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("clearance.case-study"), item -> ContentLanguage.of(
                new Anchor("case-studies/" + item.caseStudyId(), item.title()), item.language()));
        columns.text(getTranslation("clearance.country"), item -> names.getOrDefault(item.country(), item.country()))
                .setWidth("12rem");
        columns.time(getTranslation("clearance.requested"), ClearanceItem::requestedAt);
        columns.component(getTranslation("clearance.waiting"), item -> new Span(item.overdue()
                ? getTranslation("clearance.overdue") : ""));
        columns.actions(getTranslation("clearance.actions"), this::actions);
        grid.setEmptyStateText(getTranslation("clearance.empty"));
        grid.setSizeFull();
        add(new H1(getTranslation("nav.clearance")), new Paragraph(getTranslation("clearance.intro")), grid);
        refresh();
    }

    private HorizontalLayout actions(ClearanceItem item) {
        Button clear = new Button(getTranslation("clearance.clear"), e -> clear(item));
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button changes = new Button(getTranslation("clearance.request-changes"),
                e -> new ChangesDialog(clearance, item, this::refresh).open());
        return new HorizontalLayout(clear, changes);
    }

    private void clear(ClearanceItem item) {
        try {
            clearance.clear(item.id(), item.version());
            Notification.show(getTranslation("clearance.cleared"));
        } catch (Refused refused) {
            Refusals.announce(this, List.of(), refused.problems().stream()
                    .map(p -> Refusals.message(this, p)).toList());
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "clearance.changed-meanwhile");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(clearance.mine());
    }
}
