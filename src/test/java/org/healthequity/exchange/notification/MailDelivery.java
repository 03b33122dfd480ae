package org.healthequity.exchange.notification;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules deliver the queued mail to the test SMTP server now, as the background sender would. */
public final class MailDelivery {

    private MailDelivery() {
    }

    public static int sendQueued(ApplicationContext context) {
        return context.getBean(OutboxSender.class).sendDue();
    }
}
