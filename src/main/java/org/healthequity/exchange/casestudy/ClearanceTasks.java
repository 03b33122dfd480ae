package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/**
 * National clearance on the dashboard (ADR 0032): a focal point's case studies waiting for their clearance, and for the
 * secretariat the clearances it was alerted of that still wait.
 */
@Component
class ClearanceTasks implements DashboardContribution {

    private final ClearanceRows rows;
    private final ClearanceSettings settings;
    private final Clock clock;

    ClearanceTasks(ClearanceRows rows, ClearanceSettings settings, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        List<Item> tasks = new ArrayList<>();
        rows.pendingFor(viewer.accountId(), clock.instant().minus(settings.alertAfter())).forEach(c -> tasks.add(
                new Item("clearance.task.waiting", List.of(c.title()), "clearance",
                        c.requestedAt().plus(settings.alertAfter()))));
        if (viewer.isStaff()) {
            long alerted = rows.alertedPending();
            if (alerted > 0) {
                tasks.add(new Item("clearance.task.overdue", List.of(alerted), "admin/clearance", null));
            }
        }
        return tasks;
    }
}
