package org.healthequity.exchange.casestudy.ui;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.MyCaseStudy;
import org.healthequity.exchange.shared.ui.AutosaveRetry;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editor when the database goes away in the middle of a save. The outage is real: the save waits for a row lock
 * another transaction holds, and its database connection is then terminated by the server ({@code
 * pg_terminate_backend}), exactly what a PostgreSQL restart does to every open connection.
 */
class CaseStudyEditorOutageViewTest extends ViewTest {

    private static final String TYPED = "Typed while the database was away.";

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSaveCutOffFromTheDatabaseKeepsTheTextSaysSoAndGoesThroughOnTheNextTry() throws Exception {
        login(CaseStudyFixture.AUTHOR);
        navigate("case-studies/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "A draft that lives through an outage");
        long id = authoring.myCaseStudies().stream().filter(c -> c.title().equals(
                "A draft that lives through an outage")).map(MyCaseStudy::id).findFirst().orElseThrow();
        TextArea summary = _get(TextArea.class, spec -> spec.withLabel("Summary"));

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            int holderPid = lockCaseStudy(holder, id);
            CompletableFuture<Boolean> terminated = CompletableFuture.supplyAsync(() -> {
                Integer waiting = await().atMost(Duration.ofSeconds(20)).until(() -> waitingOn(holderPid),
                        pid -> pid != null);
                return jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, waiting);
            });
            _setValue(summary, TYPED);
            assertThat(terminated.get(20, TimeUnit.SECONDS)).isTrue();
            holder.rollback();
        }

        assertThat(summary.getValue()).isEqualTo(TYPED);
        assertThat(_get(Span.class, spec -> spec.withClasses("save-state")).getText())
                .isEqualTo("Not saved yet: the service is briefly unavailable. What you typed is kept and is saved"
                        + " by itself as soon as the service is back.");
        expectNotifications("Not saved yet: the service is briefly unavailable. What you typed is kept and is saved"
                + " by itself as soon as the service is back.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AutosaveRetry.RETRY_INTERVAL_MS);
        assertThat(storedSummary(id)).isEmpty();

        // The database answers again: the page's next poll saves what was typed, and the polling stops.
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(storedSummary(id)).isEqualTo(TYPED);
        assertThat(_get(Span.class, spec -> spec.withClasses("save-state")).getText()).startsWith("Draft saved at");
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    /** Holds the case study's row in the holder's transaction; returns the holder's server process. */
    private static int lockCaseStudy(Connection holder, long id) throws Exception {
        try (PreparedStatement lock = holder.prepareStatement("select id from case_study where id = ? for update")) {
            lock.setLong(1, id);
            lock.executeQuery().close();
        }
        try (ResultSet pid = holder.createStatement().executeQuery("select pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }

    /** The server process blocked behind the holder's lock: the editor's save. */
    private Integer waitingOn(int holderPid) {
        List<Integer> waiting = jdbc.queryForList("select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
                Integer.class, holderPid);
        return waiting.isEmpty() ? null : waiting.getFirst();
    }

    private String storedSummary(long id) {
        return jdbc.queryForObject("select r.summary from case_study c join case_study_revision r"
                + " on r.id = c.working_revision_id where c.id = ?", String.class, id);
    }
}
