package org.healthequity.exchange.member.ui;

import java.util.Optional;

import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.InstitutionContacts;
import org.healthequity.exchange.member.InstitutionPage;
import org.healthequity.exchange.member.MemberCard;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.TitledPage;

/** An institution with its networks and the representatives the viewer may see. */
@Route("institutions/:id")
@AnonymousAllowed
public class InstitutionView extends Main implements BeforeEnterObserver, TitledPage {

    private final DirectoryService directory;
    private final InstitutionContacts contacts;
    private String title = "";

    public InstitutionView(DirectoryService directory, InstitutionContacts contacts) {
        this.directory = directory;
        this.contacts = contacts;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<InstitutionPage> found = RouteIds.id(event).flatMap(id -> directory.institution(id, Language.of(getLocale())));
        if (found.isEmpty()) {
            title = getTranslation("error.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("institution.not-found")),
                    new Anchor("members", getTranslation("profile.back")));
            return;
        }
        InstitutionPage page = found.get();
        title = page.name();
        add(new H1(page.name()), new Paragraph(Labels.institutionType(this, page.type()) + " · " + page.countryName()
                + " · " + Labels.region(this, page.region())));
        if (page.website() != null && page.website().startsWith("https://")) {
            Anchor website = new Anchor(page.website(), page.website());
            website.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Paragraph(website));
        }
        if (!page.networks().isEmpty()) {
            add(new Paragraph(getTranslation("institution.member-of", String.join(", ",
                    page.networks().stream().map(n -> Labels.network(this, n)).toList()))));
        }
        contacts.listed(page.id()).ifPresent(listed -> {
            // Listed with the institution's consent, names only (ADR 0034).
            add(new H2(getTranslation("institution.contacts")));
            if (!listed.representatives().isEmpty()) {
                add(new Paragraph(getTranslation("institution.listed-representatives",
                        String.join(", ", listed.representatives()))));
            }
            if (!listed.focalPoints().isEmpty()) {
                add(new Paragraph(getTranslation("institution.focal-points", String.join(", ", listed.focalPoints()))));
            }
        });
        add(new H2(getTranslation("institution.representatives")));
        if (page.representatives().isEmpty()) {
            add(new Paragraph(getTranslation("institution.no-representatives")));
            return;
        }
        UnorderedList people = new UnorderedList();
        for (MemberCard card : page.representatives()) {
            ListItem item = new ListItem(new Anchor("members/" + card.id(), card.name()));
            if (card.title() != null) {
                item.add(" · " + card.title());
            }
            people.add(item);
        }
        add(people);
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
