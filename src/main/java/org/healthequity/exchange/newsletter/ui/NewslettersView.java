package org.healthequity.exchange.newsletter.ui;

import org.healthequity.exchange.newsletter.ArchivedNewsletter;
import org.healthequity.exchange.newsletter.NewsletterArchive;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ContentLanguage;
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

/** The newsletters sent to the viewer's networks, newest first, each in the viewer's language where it was written. */
@Route("newsletters")
@Menu(title = "nav.newsletters", order = 27, icon = "vaadin:newspaper")
@PermitAll
public class NewslettersView extends VerticalLayout implements TitledPage {

    public NewslettersView(NewsletterArchive archive) {
        Language language = Language.of(getLocale());
        Grid<ArchivedNewsletter> grid = new Grid<>();
        ResponsiveGrid<ArchivedNewsletter> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("newsletter.archive.subject"), item -> {
            return ContentLanguage.of(new Anchor(NewsletterView.address(item.id()), item.subject()),
                    item.language().code());
        });
        columns.text(getTranslation("newsletter.archive.excerpt"), ArchivedNewsletter::excerpt).setWidth("24rem");
        columns.time(getTranslation("newsletter.archive.sent"), ArchivedNewsletter::sentAt);
        grid.setItems(query -> archive.page(language, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, archive.count()));
        grid.setEmptyStateText(getTranslation("newsletter.archive.none"));
        add(new H1(getTranslation("nav.newsletters")), new Paragraph(getTranslation("newsletter.archive.intro")),
                grid);
    }
}
