package org.healthequity.exchange.notification;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells administrators on their dashboard when mail could not be delivered. */
@Component
class FailedMailTask implements DashboardContribution {

    private final OutgoingMailRepository mails;

    FailedMailTask(OutgoingMailRepository mails) {
        this.mails = mails;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> tasks(ExchangeUser viewer) {
        if (!viewer.hasRole(Role.ADMIN)) {
            return List.of();
        }
        long failed = mails.countByStatus(MailStatus.FAILED);
        return failed == 0 ? List.of() : List.of(new Item("mail.task.failed", List.of(failed), "admin/mail", null));
    }
}
