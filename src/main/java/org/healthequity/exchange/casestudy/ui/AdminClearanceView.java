package org.healthequity.exchange.casestudy.ui;

import java.util.Map;

import org.healthequity.exchange.casestudy.CaseStudyClearance;
import org.healthequity.exchange.casestudy.ClearanceItem;
import org.healthequity.exchange.casestudy.FocalPoint;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The secretariat's national clearance (ADR 0032): who clears case studies for which Member State (naming and removing
 * focal points, both audited), and every clearance waiting, the overdue ones marked.
 */
@Route("admin/clearance")
@Menu(title = "nav.admin-clearance", order = 85, icon = "vaadin:diploma-scroll")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class AdminClearanceView extends VerticalLayout implements TitledPage {

    private final CaseStudyClearance clearance;
    private final EmailField email = new EmailField();
    private final ComboBox<CountryRef> country = new ComboBox<>();
    private final Grid<FocalPoint> focalPoints = new Grid<>();
    private final Grid<ClearanceItem> waiting = new Grid<>();

    public AdminClearanceView(CaseStudyClearance clearance, Countries countries) {
        this.clearance = clearance;
        Language language = Language.of(getLocale());
        Map<String, String> names = countries.names(language);
        email.setLabel(getTranslation("clearance.admin.email"));
        country.setLabel(getTranslation("clearance.country"));
        country.setItems(countries.all(language));
        country.setItemLabelGenerator(CountryRef::name);
        Button name = new Button(getTranslation("clearance.admin.name"), e -> name());
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(email, country, name);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        ResponsiveGrid<FocalPoint> people = ResponsiveGrid.of(focalPoints);
        people.titleText(getTranslation("clearance.admin.person"), FocalPoint::name);
        people.text(getTranslation("clearance.country"), f -> names.getOrDefault(f.country(), f.country()));
        people.time(getTranslation("clearance.admin.named-at"), FocalPoint::namedAt);
        people.actions(getTranslation("clearance.actions"), f -> new Button(getTranslation("clearance.admin.remove"),
                e -> {
                    clearance.remove(f.accountId(), f.country());
                    refresh();
                }));
        focalPoints.setEmptyStateText(getTranslation("clearance.admin.empty"));
        focalPoints.setAllRowsVisible(true);

        ResponsiveGrid<ClearanceItem> items = ResponsiveGrid.of(waiting);
        items.title(getTranslation("clearance.case-study"), item -> ContentLanguage.of(
                new Anchor("case-studies/" + item.caseStudyId(), item.title()), item.language()));
        items.text(getTranslation("clearance.country"), item -> names.getOrDefault(item.country(), item.country()));
        items.time(getTranslation("clearance.requested"), ClearanceItem::requestedAt);
        items.text(getTranslation("clearance.waiting"), item -> item.overdue()
                ? getTranslation("clearance.overdue") : "");
        waiting.setEmptyStateText(getTranslation("clearance.admin.waiting-empty"));
        waiting.setAllRowsVisible(true);

        add(new H1(getTranslation("nav.admin-clearance")), new Paragraph(getTranslation("clearance.admin.intro")),
                new H2(getTranslation("clearance.admin.focal-points")), form, focalPoints,
                new H2(getTranslation("clearance.admin.waiting")), waiting);
        refresh();
    }

    private void name() {
        email.setInvalid(false);
        country.setInvalid(false);
        String code = country.getValue() == null ? "" : country.getValue().iso2();
        try {
            clearance.name(email.getValue().strip(), code);
            Notification.show(getTranslation("clearance.admin.named", email.getValue().strip()));
            email.clear();
            country.clear();
            refresh();
        } catch (Refused refused) {
            Refusals.show(refused, this, this::field);
        }
    }

    private HasValidation field(String name) {
        return "country".equals(name) ? country : email;
    }

    private void refresh() {
        focalPoints.setItems(clearance.focalPoints());
        waiting.setItems(clearance.waiting());
    }
}
