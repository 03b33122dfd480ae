package org.healthequity.exchange.search.ui;

import java.util.stream.Collectors;

import org.healthequity.exchange.search.IndexState;
import org.healthequity.exchange.search.SearchAdministration;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The search index: documents, last commit, consistency with the database; the check for stale documents with what it
 * fixed; a rebuild with its progress.
 */
@Route("admin/search")
@Menu(title = "nav.admin-search", order = 95, icon = "vaadin:search-plus")
@RolesAllowed(Role.ADMIN_NAME)
public class SearchAdminView extends VerticalLayout implements TitledPage {

    private final SearchAdministration administration;
    private final Div facts = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Button rebuild = new Button();
    private final Button check = new Button();
    private com.vaadin.flow.shared.@Nullable Registration polling;

    public SearchAdminView(SearchAdministration administration) {
        this.administration = administration;
        rebuild.setText(getTranslation("search.admin.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> {
            Notification.show(getTranslation(administration.rebuild() ? "search.admin.rebuild-started"
                    : "search.admin.rebuild-running"));
            refresh();
        });
        check.setText(getTranslation("search.admin.check"));
        check.addClickListener(e -> {
            Notification.show(getTranslation(administration.checkForStaleDocuments() ? "search.admin.check-started"
                    : "search.admin.check-running"));
            refresh();
        });
        progress.getElement().setAttribute("aria-label", getTranslation("search.admin.progress"));
        add(new H1(getTranslation("nav.admin-search")), new Paragraph(getTranslation("search.admin.intro")), facts,
                progress, new HorizontalLayout(check, rebuild));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1000);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void refresh() {
        IndexState state = administration.state();
        facts.removeAll();
        if (state.rebuilding()) {
            Paragraph rebuilding = new Paragraph(getTranslation("search.admin.rebuilding",
                    getTranslation("search.admin.reason." + (state.rebuildReason() == null ? "requested"
                            : state.rebuildReason()))));
            rebuilding.getElement().setAttribute("role", "status");
            facts.add(rebuilding);
        }
        fact("search.admin.node", state.nodeId());
        fact("search.admin.feed", getTranslation("search.admin.feed-position", state.appliedChange(),
                state.latestChange(), state.changesBehind()));
        fact("search.admin.documents", String.valueOf(state.documents()));
        fact("search.admin.expected", String.valueOf(state.expected()));
        fact("search.admin.consistency", getTranslation(state.consistent() ? "search.admin.consistent"
                : "search.admin.inconsistent"));
        fact("search.admin.last-check", staleCheck(state.staleCheck()));
        fact("search.admin.last-commit", state.lastCommit() == null ? "—" : ViewerTime.format(state.lastCommit()));
        fact("search.admin.generation", state.generation() + " (" + getTranslation("search.admin.schema",
                state.schemaVersion()) + ")");
        if (state.rebuildFinishedAt() != null) {
            fact("search.admin.last-rebuild", ViewerTime.format(state.rebuildFinishedAt()));
        }
        if (state.rebuildError() != null) {
            fact("search.admin.error", state.rebuildError());
        }
        progress.setVisible(state.rebuilding());
        progress.setValue(state.rebuildTotal() == 0 ? 0 : Math.min(1.0,
                (double) state.rebuildDone() / state.rebuildTotal()));
        rebuild.setEnabled(!state.rebuilding());
        check.setEnabled(!state.rebuilding() && !state.staleCheck().running());
    }

    private String staleCheck(IndexState.StaleCheckState check) {
        if (check.running()) {
            return getTranslation("search.admin.check-now");
        }
        if (check.error() != null) {
            return getTranslation("search.admin.check-failed", check.error());
        }
        if (check.finishedAt() == null) {
            return getTranslation("search.admin.check-never");
        }
        String types = check.fixedByType().entrySet().stream()
                .map(e -> getTranslation(SearchDocument.typeLabelKey(e.getKey())) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return getTranslation("search.admin.check-result", ViewerTime.format(check.finishedAt()), check.checked(),
                check.fixed()) + (types.isEmpty() ? "" : " (" + types + ")");
    }

    private void fact(String key, String value) {
        facts.add(new Paragraph(getTranslation(key) + ": " + value));
    }
}
