package org.healthequity.exchange.newsletter.ui;

import java.util.Optional;

import org.healthequity.exchange.newsletter.NewsletterArchive;
import org.healthequity.exchange.newsletter.NewsletterPage;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A sent newsletter, as its recipients read it (the same sanitized rendering), in the viewer's language where written;
 * one the viewer may not read is answered as an unknown one.
 */
@Route("newsletters/:id")
@PermitAll
public class NewsletterView extends Main implements BeforeEnterObserver, TitledPage {

    private final NewsletterArchive archive;
    private String heading = "";

    public NewsletterView(NewsletterArchive archive) {
        this.archive = archive;
        addClassName("narrow-view");
    }

    static String address(long id) {
        return "newsletters/" + id;
    }

    @Override
    public String pageHeading() {
        return heading;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<NewsletterPage> page = RouteIds.id(event)
                .flatMap(id -> archive.newsletter(id, Language.of(getLocale())));
        if (page.isEmpty()) {
            heading = getTranslation("error.not-found.title");
            add(new H1(heading), new Paragraph(getTranslation("newsletter.archive.not-found")),
                    new Anchor("newsletters", getTranslation("newsletter.archive.back")));
            return;
        }
        NewsletterPage newsletter = page.get();
        heading = newsletter.shown().subject();
        Article article = new Article(new H1(heading),
                new Paragraph(getTranslation("newsletter.archive.sent-on", ViewerTime.format(newsletter.sentAt()))),
                new Html("<div>" + newsletter.shown().safeHtml() + "</div>"));
        ContentLanguage.of(article, newsletter.shown().language().code());
        add(article, new Anchor("newsletters", getTranslation("newsletter.archive.back")));
    }
}
