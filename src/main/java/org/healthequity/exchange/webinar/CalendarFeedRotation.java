package org.healthequity.exchange.webinar;

import org.healthequity.exchange.member.AccountSuspended;
import org.healthequity.exchange.member.PasswordChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Voids a person's calendar feed address when their password changes (a reset after a suspected takeover must shut
 * every door the taker may have copied) or their account is suspended.
 */
@Component
class CalendarFeedRotation {

    private final CalendarFeeds feeds;

    CalendarFeedRotation(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        feeds.voidFeed(event.accountId(), "password changed");
    }

    @ApplicationModuleListener
    void on(AccountSuspended event) {
        feeds.voidFeed(event.accountId(), "account suspended");
    }
}
