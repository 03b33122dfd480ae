package org.healthequity.exchange.casestudy.ui;

import java.util.List;

import org.healthequity.exchange.casestudy.TranslationRequestItem;
import org.healthequity.exchange.casestudy.TranslationRequests;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Translation requests for the languages the signed-in member declared in their profile (ADR 0032): take one, then
 * write it in the case study editor; the ones taken stay listed with a link to write them.
 */
@Route("translations")
@Menu(title = "nav.translations", order = 24, icon = "vaadin:globe-wire")
@RolesAllowed({Role.MEMBER_NAME, Role.GROUP_LEAD_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME,
        Role.ADMIN_NAME})
public class TranslationsView extends VerticalLayout implements TitledPage {

    private final TranslationRequests requests;
    private final Grid<TranslationRequestItem> grid = new Grid<>();

    public TranslationsView(TranslationRequests requests) {
        this.requests = requests;
        setSizeFull();
        ResponsiveGrid<TranslationRequestItem> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("clearance.case-study"), item -> ContentLanguage.of(
                new Anchor("case-studies/" + item.caseStudyId(), item.title()), item.fromLanguage()));
        columns.text(getTranslation("translation-request.from"), item -> Vocabulary.language(item.fromLanguage()))
                .setWidth("9rem");
        columns.text(getTranslation("translation-request.into"), item -> Vocabulary.language(item.language()))
                .setWidth("9rem");
        columns.number(getTranslation("translation-request.waiting"), TranslationRequestItem::waiting);
        columns.time(getTranslation("clearance.requested"), TranslationRequestItem::requestedAt);
        columns.actions(getTranslation("clearance.actions"), this::action);
        grid.setEmptyStateText(getTranslation("translation-request.empty"));
        grid.setSizeFull();
        add(new H1(getTranslation("nav.translations")), new Paragraph(getTranslation("translation-request.intro")),
                grid);
        refresh();
    }

    private Component action(TranslationRequestItem item) {
        if (item.takenByMe()) {
            return new Button(getTranslation("translation-request.write"), e -> write(item));
        }
        Button take = new Button(getTranslation("translation-request.take"), e -> take(item));
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return take;
    }

    private void take(TranslationRequestItem item) {
        try {
            requests.take(item.id(), item.version());
            Notification.show(getTranslation("translation-request.taken"));
            write(item);
        } catch (Refused refused) {
            Refusals.announce(this, List.of(), refused.problems().stream()
                    .map(p -> Refusals.message(this, p)).toList());
            refresh();
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "translation-request.changed-meanwhile");
            refresh();
        }
    }

    private void write(TranslationRequestItem item) {
        // The editor starts a translation of the original; the translator picks the language asked for in it.
        getUI().ifPresent(ui -> ui.navigate("case-studies/new", QueryParameters.of("translationOf",
                String.valueOf(item.caseStudyId()))));
    }

    private void refresh() {
        grid.setItems(requests.forMe());
    }
}
