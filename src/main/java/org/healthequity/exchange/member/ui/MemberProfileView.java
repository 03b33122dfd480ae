package org.healthequity.exchange.member.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.MemberCard;
import org.healthequity.exchange.member.MemberPage;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** A person's profile page, showing only what the viewer may see. */
@Route("members/:id")
@AnonymousAllowed
public class MemberProfileView extends Main implements BeforeEnterObserver, TitledPage {

    private final DirectoryService directory;
    private String title = "";

    public MemberProfileView(DirectoryService directory) {
        this.directory = directory;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberPage> page = RouteIds.id(event).flatMap(id -> directory.member(id, Language.of(getLocale())));
        if (page.isEmpty()) {
            title = getTranslation("error.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("profile.not-found")),
                    new Anchor("members", getTranslation("profile.back")));
            return;
        }
        MemberCard card = page.get().card();
        title = card.name();
        if (card.photo()) {
            long id = card.id();
            Image photo = new Image(DownloadHandler.fromInputStream(e -> directory.photo(id)
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "photo.jpg",
                            "image/jpeg", bytes.length))
                    .orElseGet(() -> DownloadResponse.error(404))), getTranslation("profile.photo.alt", card.name()));
            photo.addClassName("profile-photo");
            add(photo);
        }
        add(new H1(card.name()));
        line(card.title());
        if (card.institutionId() != null) {
            add(new Paragraph(new Anchor("institutions/" + card.institutionId(), card.institutionName())));
        }
        if (card.countryName() != null && card.region() != null) {
            line(card.countryName() + " · " + Labels.region(this, card.region()));
        }
        if (!page.get().networks().isEmpty()) {
            add(new H2(getTranslation("profile.networks")));
            page.get().networks().forEach((network, role) ->
                    line(Labels.network(this, network) + " · " + Labels.role(this, role)));
        }
        if (!card.languages().isEmpty()) {
            add(new H2(getTranslation("profile.languages")));
            line(String.join(", ", card.languages().stream().map(Language::nativeName).toList()));
        }
        if (!card.expertise().isEmpty()) {
            add(new H2(getTranslation("profile.expertise")));
            Div tags = new Div();
            tags.addClassName("tags");
            card.expertise().forEach(code -> tags.add(new Span(Labels.expertise(this, code))));
            add(tags);
        }
        if (page.get().biography() != null) {
            add(new H2(getTranslation("profile.biography")));
            line(page.get().biography());
        }
        if (page.get().email() != null) {
            add(new H2(getTranslation("profile.contact")));
            add(new Paragraph(new Anchor("mailto:" + page.get().email(), page.get().email())));
        }
    }

    private void line(String text) {
        if (text != null && !text.isBlank()) {
            add(new Paragraph(text));
        }
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
