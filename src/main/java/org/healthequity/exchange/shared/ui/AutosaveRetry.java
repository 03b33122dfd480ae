package org.healthequity.exchange.shared.ui;

import java.io.Serializable;

import org.healthequity.exchange.shared.db.DatabaseOutage;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a form's automatic saving going through a short database outage (a restart, a fail-over): a save that failed
 * because the database could not be reached leaves what the person typed in the form, tells them so once, and is tried
 * again every few seconds until it goes through. Any other failure is not this class's business and is rethrown.
 */
public final class AutosaveRetry implements Serializable {

    /** How often a failed save is tried again while the database is away. */
    public static final int RETRY_INTERVAL_MS = 3000;

    private final Component form;
    private final SerializableRunnable save;
    private @Nullable Registration polling;
    private @Nullable Registration detach;
    private boolean told;

    /**
     * @param form the form whose UI polls the server while a save is pending
     * @param save saves again what the form holds now (and reports back through {@link #failed} or {@link #saved})
     */
    public AutosaveRetry(Component form, SerializableRunnable save) {
        this.form = form;
        this.save = save;
    }

    /**
     * Handles a failed save: an outage schedules a retry (telling the person once per outage) and returns normally;
     * any other failure is rethrown unchanged.
     */
    public void failed(RuntimeException failure) {
        if (!DatabaseOutage.isCause(failure)) {
            throw failure;
        }
        if (!told) {
            told = true;
            Notification.show(form.getTranslation("autosave.unavailable"))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        form.getUI().ifPresent(this::poll);
    }

    /** Whether a save is waiting for the database to come back. */
    public boolean pending() {
        return polling != null;
    }

    /** A save went through: stop retrying, and tell the person again should the database go away again. */
    public void saved() {
        told = false;
        stopPolling();
    }

    private void poll(UI ui) {
        if (polling != null) {
            return;
        }
        ui.setPollInterval(RETRY_INTERVAL_MS);
        polling = ui.addPollListener(event -> {
            // The save reports back: failed() polls again, saved() ends it; a refusal (a conflict) ends it too.
            stopPolling();
            save.run();
        });
        detach = form.addDetachListener(event -> stopPolling());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            form.getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        if (detach != null) {
            detach.remove();
            detach = null;
        }
    }
}
