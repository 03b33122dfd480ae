package org.healthequity.exchange.notification.ui;

import java.time.Duration;

import org.healthequity.exchange.notification.MailMessage;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.audit.AuditRecord;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.AuditView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' views: the outgoing mail and the audit log. */
class AdministrationViewsViewTest extends ViewTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorFindsMailByRecipientAndSubjectWithTheFiltersInTheAddress() {
        String marker = "find" + System.nanoTime();
        String ana = uniqueEmail("ana-" + marker);
        outbox.queue(ana, Language.ENGLISH, "password-changed", "Ana", "https://x.example/p");
        outbox.queue(uniqueEmail("ben-" + marker), Language.ENGLISH, "password-changed", "Ben", "https://x.example/p");
        login("admin@example.org");

        navigate("admin/mail?recipient=ANA-" + marker);

        @SuppressWarnings("unchecked")
        Grid<MailMessage> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).recipient()).isEqualTo(ana);
        TextField recipient = _get(TextField.class, spec -> spec.withLabel("Recipient"));
        assertThat(recipient.getValue()).isEqualTo("ANA-" + marker);

        _setValue(recipient, marker);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject")), "nothing has this subject " + marker);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("recipient=" + marker, "subject=nothing");
        assertThat(_size(grid)).isZero();
    }

    @Test
    void anAdministratorReadsEveryQueuedMessageAsText() {
        String to = uniqueEmail("admin-view");
        // Other tests queue mail at later test-clock instants; this message must be the newest.
        clock.advance(Duration.ofDays(3650));
        outbox.queue(to, Language.ENGLISH, "password-changed", "<b>Bold</b> Name", "https://x.example/p");
        login("admin@example.org");
        navigate("admin/mail");

        @SuppressWarnings("unchecked")
        Grid<MailMessage> grid = _get(Grid.class);
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);
        MailMessage newest = _get(grid, 0);
        assertThat(newest.recipient()).isEqualTo(to);
        grid.select(newest);
        assertThat(_get(H2.class).getText()).isEqualTo(newest.subject());
        assertThat(_get(Pre.class).getText()).contains("<b>Bold</b> Name");
    }

    @Test
    void anAdministratorReadsTheAuditLogNewestFirst() {
        audit.recordIndependently("older@example.org", "test.older", "thing", 1, AuditOutcome.SUCCESS, null);
        clock.advance(Duration.ofSeconds(1));
        audit.recordIndependently("newer@example.org", "test.newer", "thing", 2, AuditOutcome.DENIED, null);
        login("admin@example.org");
        navigate("admin/audit");
        assertThat(currentView()).isEqualTo(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        HasValueUtilsKt._setValue(
                _get(TextField.class,
                        spec -> spec.withLabel("Filter by person, action or target")), "test.");
        assertThat(_size(grid)).isGreaterThanOrEqualTo(2);
        assertThat(_get(grid, 0).action()).isEqualTo("test.newer");
        assertThat(_get(grid, 0).outcome()).isEqualTo(AuditOutcome.DENIED);
    }
}
