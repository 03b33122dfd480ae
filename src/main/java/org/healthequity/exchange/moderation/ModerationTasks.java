package org.healthequity.exchange.moderation;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;

/** The secretariat's dashboard task: how many items wait in the queue, and how many are overdue. */
@Component
class ModerationTasks implements DashboardContribution {

    private final ModerationQueue queue;

    ModerationTasks(ModerationQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        if (!viewer.hasRole(Role.SECRETARIAT) && !viewer.hasRole(Role.ADMIN)) {
            return List.of();
        }
        ModerationQueue.Waiting waiting = queue.waiting();
        if (waiting.open() == 0) {
            return List.of();
        }
        return List.of(new Item("moderation.task.waiting", List.of(waiting.open(), waiting.overdue()), "moderation",
                null));
    }
}
