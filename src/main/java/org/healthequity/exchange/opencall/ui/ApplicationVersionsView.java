package org.healthequity.exchange.opencall.ui;

import java.util.Optional;

import org.healthequity.exchange.opencall.ApplicationRevisions;
import org.healthequity.exchange.opencall.VersionComparison;
import org.healthequity.exchange.opencall.VersionComparison.VersionInfo;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * An application's submitted versions compared word by word ("compare version 1 with version 2"): for its applicant,
 * the secretariat and its reviewers. The service refuses anyone else; {@code ?from=1&to=2} picks the versions.
 */
@Route("applications/:id/versions")
@PermitAll
@TitleKey("opencall.versions.title")
public class ApplicationVersionsView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final ApplicationRevisions revisions;
    private final Select<VersionInfo> from = new Select<>();
    private final Select<VersionInfo> to = new Select<>();
    private final Div comparison = new Div();
    private final Language language;
    private long applicationId;

    public ApplicationVersionsView(ApplicationRevisions revisions) {
        this.revisions = revisions;
        this.language = Language.of(getLocale());
        from.setLabel(getTranslation("opencall.versions.from"));
        to.setLabel(getTranslation("opencall.versions.to"));
        from.setItemLabelGenerator(this::label);
        to.setItemLabelGenerator(this::label);
        from.addValueChangeListener(e -> render());
        to.addValueChangeListener(e -> render());
        comparison.addClassName("version-comparison");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<VersionComparison> first = RouteIds.id(event).flatMap(id -> load(id, 1, 1));
        if (first.isEmpty()) {
            add(new H1(getTranslation("opencall.versions.not-found")));
            return;
        }
        applicationId = first.get().applicationId();
        var versions = first.get().versions();
        var query = event.getLocation().getQueryParameters();
        int wantedTo = query.getSingleParameter("to").flatMap(RouteIds::parse).map(Long::intValue)
                .orElse(versions.getLast().number());
        int wantedFrom = query.getSingleParameter("from").flatMap(RouteIds::parse).map(Long::intValue)
                .orElse(Math.max(1, wantedTo - 1));
        from.setItems(versions);
        to.setItems(versions);
        from.setValue(versions.stream().filter(v -> v.number() == wantedFrom).findFirst()
                .orElse(versions.getFirst()));
        to.setValue(versions.stream().filter(v -> v.number() == wantedTo).findFirst().orElse(versions.getLast()));
        add(new H1(getTranslation("opencall.versions.heading", first.get().institutionName(),
                first.get().callTitle())), new HorizontalLayout(from, to), comparison);
        render();
    }

    private Optional<VersionComparison> load(long id, int older, int newer) {
        try {
            return Optional.of(revisions.compare(id, older, newer, language));
        } catch (AccessDeniedException | Refused unreadable) {
            return Optional.empty();
        }
    }

    private void render() {
        comparison.removeAll();
        if (from.getValue() == null || to.getValue() == null || applicationId == 0) {
            return;
        }
        Optional<VersionComparison> compared = load(applicationId, from.getValue().number(), to.getValue().number());
        if (compared.isEmpty()) {
            return;
        }
        comparison.add(new H2(getTranslation("opencall.versions.changes", from.getValue().number(),
                to.getValue().number())));
        if (from.getValue().revisionRequests() != null) {
            Paragraph requests = new Paragraph(getTranslation("opencall.versions.requests",
                    from.getValue().number(), from.getValue().revisionRequests()));
            requests.addClassName("revision-requests");
            comparison.add(requests);
        }
        for (VersionComparison.AnswerChange answer : compared.get().answers()) {
            comparison.add(new H3(answer.label()));
            if (!answer.changed()) {
                comparison.add(new Paragraph(getTranslation("opencall.versions.unchanged")));
            }
            comparison.add(new WordChanges(this, answer.runs()));
        }
    }

    private String label(VersionInfo version) {
        return version == null ? "" : getTranslation("opencall.versions.version", version.number(),
                ViewerTime.format(version.submittedAt()));
    }
}
