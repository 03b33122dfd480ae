package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.casestudy.CaseStudyClearance;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyIdentifiers;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.CaseStudyLink;
import org.healthequity.exchange.casestudy.CaseStudyPage;
import org.healthequity.exchange.casestudy.TranslationRequests;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A case study's page: the live version for everyone, with attachments, translations, authors, related case studies and
 * a citation line. Its authors and the secretariat also see a case study that is not public, clearly marked.
 */
@Route("case-studies/:id")
@AnonymousAllowed
public class CaseStudyView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final CaseStudyLibrary library;
    private final ModerationQueue moderation;
    private final Countries countries;
    private final ExchangeProperties properties;
    private final SearchService search;
    private final CaseStudyIdentifiers identifiers;
    private final CaseStudyClearance clearance;
    private final TranslationRequests translationRequests;
    private String title = "";

    public CaseStudyView(CaseStudyLibrary library, ModerationQueue moderation, Countries countries,
            ExchangeProperties properties, SearchService search, CaseStudyIdentifiers identifiers,
            CaseStudyClearance clearance, TranslationRequests translationRequests) {
        this.clearance = clearance;
        this.translationRequests = translationRequests;
        this.search = search;
        this.identifiers = identifiers;
        this.library = library;
        this.moderation = moderation;
        this.countries = countries;
        this.properties = properties;
        addClassName("case-study-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CaseStudyPage> page = RouteIds.id(event).flatMap(library::caseStudy);
        if (page.isEmpty()) {
            title = getTranslation("case-study.not-found");
            add(new H1(title), new Paragraph(getTranslation("case-study.not-found.text")),
                    new Anchor("case-studies", getTranslation("case-study.library.all")));
            return;
        }
        show(page.get());
    }

    private void show(CaseStudyPage page) {
        CaseStudyForm content = page.content();
        title = content.title();
        Map<String, String> countryNames = countries.names(Language.of(getLocale()));
        String language = content.language().code();
        add(ContentLanguage.of(new H1(content.title()), language));
        if (!page.live()) {
            Paragraph notPublic = new Paragraph(getTranslation("case-study.not-public",
                    getTranslation(page.status().messageKey()), getTranslation(page.revisionStatus().messageKey())));
            notPublic.addClassName("warning");
            add(notPublic);
        } else if (page.workInProgress() && (page.mayEdit() || page.mayModerate())) {
            add(new Paragraph(getTranslation("case-study.revision-under-way")));
        }
        add(actions(page));
        add(new CaseStudyFacts(page, countryNames));
        List<String> cleared = page.live() ? clearance.clearedBy(page.id()) : List.of();
        if (!cleared.isEmpty()) {
            add(new ClearedBy(cleared, countryNames));
        }
        add(CaseStudyText.sections(this, content).toArray(Component[]::new));
        if (!content.contacts().isBlank()) {
            add(section("case-study.field.contacts", ContentLanguage.of(new Paragraph(content.contacts()), language)));
        }
        if (!content.linkList().isEmpty()) {
            add(section("case-study.field.links", CaseStudyText.links(content)));
        }
        if (!page.attachments().isEmpty()) {
            add(section("case-study.attachments", CaseStudyText.attachments(this, page.id(), page.attachments(),
                    library)));
        }
        if (page.original() != null || !page.translations().isEmpty()) {
            UnorderedList translations = new UnorderedList();
            if (page.original() != null) {
                translations.add(linkItem(page.original(), getTranslation("case-study.original")));
            }
            page.translations().forEach(t -> translations.add(linkItem(t, "")));
            add(section("case-study.translations", translations));
        }
        if (!page.related().isEmpty()) {
            UnorderedList related = new UnorderedList();
            page.related().forEach(r -> related.add(linkItem(r, "")));
            add(section("case-study.related", related));
        }
        if (page.live()) {
            List<SearchResult.Hit> similar = search.similar(CaseStudyLibrary.CONTENT_TYPE, page.id(), 5);
            if (!similar.isEmpty()) {
                UnorderedList list = new UnorderedList();
                similar.forEach(s -> list.add(linkItem(new CaseStudyLink(s.contentId(), s.title(), s.language()),
                        "")));
                add(section("case-study.similar", list));
            }
        }
        if (page.live()) {
            add(new CitationSection(page, properties.link("case-studies/" + page.id())));
        }
        if (page.mayModerate()) {
            add(new DoiEditor(identifiers, page));
        }
    }

    private HorizontalLayout actions(CaseStudyPage page) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("actions");
        if (page.mayEdit()) {
            actions.add(new Button(getTranslation("case-study.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("case-studies/" + page.id() + "/edit"))));
        }
        if (page.mayEdit() || page.mayModerate()) {
            actions.add(new Button(getTranslation("case-study.versions"),
                    e -> getUI().ifPresent(ui -> ui.navigate("case-studies/" + page.id() + "/versions"))));
        }
        boolean member = CurrentUser.get().map(u -> u.roles().stream().anyMatch(r -> r != Role.APPLICANT))
                .orElse(false);
        List<Language> requestable = page.live() && CurrentUser.get().isPresent()
                ? translationRequests.requestable(page.id()) : List.of();
        if (!requestable.isEmpty()) {
            actions.add(new Button(getTranslation("translation-request.request"),
                    e -> new RequestTranslationDialog(translationRequests, page.id(), requestable).open()));
        }
        if (page.live() && member) {
            actions.add(new Button(getTranslation("case-study.translate"), e -> getUI().ifPresent(ui -> ui.navigate(
                    "case-studies/new", QueryParameters.of("translationOf",
                            String.valueOf(page.id()))))));
            Button flag = new Button(getTranslation("moderation.flag"), e -> new FlagDialog(moderation, page.id()).open());
            flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(flag);
        }
        return actions;
    }

    private Section section(String headingKey, Component content) {
        Section section = new Section(new H2(getTranslation(headingKey)), content);
        section.addClassName("case-study-section");
        return section;
    }

    private ListItem linkItem(CaseStudyLink link, String note) {
        ListItem item = new ListItem(ContentLanguage.of(new Anchor("case-studies/" + link.id(), link.title()),
                link.language()),
                new Span(" (" + Vocabulary.language(link.language()) + ")" + (note.isEmpty() ? "" : " · " + note)));
        return item;
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
