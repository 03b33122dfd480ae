package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A language picked in the header is remembered in the person's account. */
@Component
class LanguagePreferenceListener {

    private final AccountService accounts;

    LanguagePreferenceListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(LanguageChosen event) {
        accounts.rememberLanguage(event.username(), event.language());
    }
}
