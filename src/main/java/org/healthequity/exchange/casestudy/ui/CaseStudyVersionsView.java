package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.CaseStudyTemplate;
import org.healthequity.exchange.casestudy.CaseStudyVersions;
import org.healthequity.exchange.casestudy.FieldDiff;
import org.healthequity.exchange.casestudy.RevisionContent;
import org.healthequity.exchange.casestudy.RevisionInfo;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Every version of a case study, one shown in full and compared with another word by word: for its authors and the
 * secretariat (the moderation queue links here with {@code ?revision=} the version under review). The service refuses
 * anyone else.
 */
@Route("case-studies/:id/versions")
@PermitAll
@TitleKey("case-study.versions")
public class CaseStudyVersionsView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final CaseStudyVersions versions;
    private final CaseStudyLibrary library;
    private final Select<RevisionInfo> shown = new Select<>();
    private final Select<RevisionInfo> against = new Select<>();
    private final Div comparison = new Div();
    private final Div content = new Div();
    private long caseStudyId;

    public CaseStudyVersionsView(CaseStudyVersions versions, CaseStudyLibrary library) {
        this.versions = versions;
        this.library = library;
        shown.setLabel(getTranslation("case-study.versions.shown"));
        against.setLabel(getTranslation("case-study.versions.against"));
        shown.setItemLabelGenerator(this::label);
        against.setItemLabelGenerator(r -> r == null ? getTranslation("case-study.versions.none") : label(r));
        against.setEmptySelectionAllowed(true);
        against.setEmptySelectionCaption(getTranslation("case-study.versions.none"));
        shown.addValueChangeListener(e -> render());
        against.addValueChangeListener(e -> render());
        comparison.addClassName("comparison");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = RouteIds.id(event);
        List<RevisionInfo> history;
        try {
            history = id.map(versions::history).orElse(List.of());
        } catch (AccessDeniedException e) {
            history = List.of();
        }
        if (history.isEmpty()) {
            add(new H1(getTranslation("case-study.not-found")), new Paragraph(getTranslation(
                    "case-study.not-found.text")));
            return;
        }
        caseStudyId = id.orElseThrow();
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("revision")
                .flatMap(RouteIds::parse).orElse(null);
        shown.setItems(history);
        against.setItems(history);
        RevisionInfo first = history.stream().filter(r -> wanted != null && r.id() == wanted).findFirst()
                .orElse(history.getFirst());
        RevisionInfo previous = history.stream().filter(r -> r.number() < first.number()).findFirst().orElse(null);
        shown.setValue(first);
        against.setValue(previous);
        add(new H1(getTranslation("case-study.versions.title", first.title())),
                new Anchor("case-studies/" + caseStudyId, getTranslation("case-study.versions.back")),
                new HorizontalLayout(shown, against), comparison, content);
        render();
    }

    private String label(RevisionInfo revision) {
        return getTranslation("case-study.versions.label", revision.number(),
                getTranslation(revision.status().messageKey()), ViewerTime.format(revision.updatedAt()));
    }

    private void render() {
        comparison.removeAll();
        content.removeAll();
        RevisionInfo revision = shown.getValue();
        if (revision == null) {
            return;
        }
        if (revision.decisionComment() != null) {
            comparison.add(new Paragraph(getTranslation("case-study.moderator-comments") + ": "
                    + revision.decisionComment()));
        }
        RevisionInfo other = against.getValue();
        if (other != null && other.id() != revision.id()) {
            List<FieldDiff> diffs = versions.compare(caseStudyId, other.id(), revision.id());
            comparison.add(new H2(getTranslation("case-study.versions.changes", other.number(), revision.number())));
            if (diffs.isEmpty()) {
                comparison.add(new Paragraph(getTranslation("case-study.versions.no-changes")));
            }
            for (FieldDiff diff : diffs) {
                Div field = new Div(new H3(getTranslation(diffLabel(diff.field()))));
                Div text = new Div();
                text.addClassName("diff");
                for (FieldDiff.Span span : diff.spans()) {
                    Span part = new Span(span.text());
                    if (span.change() != FieldDiff.Change.SAME) {
                        part.addClassName(span.change() == FieldDiff.Change.ADDED ? "diff-added" : "diff-removed");
                        part.getElement().setAttribute("title", getTranslation("case-study.versions."
                                + (span.change() == FieldDiff.Change.ADDED ? "added" : "removed")));
                    }
                    text.add(part, new Span(" "));
                }
                field.add(text);
                comparison.add(field);
            }
        }
        Optional<RevisionContent> full = versions.revision(caseStudyId, revision.id());
        full.ifPresent(r -> {
            content.add(new H2(r.form().title()));
            CaseStudyText.sections(this, r.form()).forEach(content::add);
            if (!r.attachments().isEmpty()) {
                content.add(new H3(getTranslation("case-study.attachments")),
                        CaseStudyText.attachments(this, caseStudyId, r.attachments(), library));
            }
        });
    }

    private static String diffLabel(String field) {
        return switch (field) {
            case "countries", "themes", "dimensions", "network", "language", "period" -> "case-study." + field;
            case "sdgTargets" -> "case-study.sdg-targets";
            default -> CaseStudyTemplate.section(field).map(CaseStudyTemplate.Section::messageKey)
                    .orElseGet(() -> CaseStudyText.fieldKey(field));
        };
    }
}
