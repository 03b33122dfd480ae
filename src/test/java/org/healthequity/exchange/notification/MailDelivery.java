package org.healthequity.exchange.notification;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules deliver the queued mail to the test SMTP server now, as the background sender would. */
public final class MailDelivery {

    private MailDelivery() {
    }

    /** Sends batch after batch until nothing more goes out, so other tests' queued mail cannot crowd this test's out. */
    public static int sendQueued(ApplicationContext context) {
        OutboxSender sender = context.getBean(OutboxSender.class);
        int total = 0;
        for (int sent = sender.sendDue(); sent > 0; sent = sender.sendDue()) {
            total += sent;
        }
        return total;
    }
}
