package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;

/** What the account services share: the signed-in person's account, and a refused link, audited. */
final class SignedInAccounts {

    private SignedInAccounts() {
    }

    static Account current(AccountRepository accounts) {
        return accounts.findByEmailWithRoles(CurrentUser.require().getUsername())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /** An unknown, used or expired link is refused and audited (never with the secret itself). */
    static TokenOutcome refusedToken(AuditLog audit, Optional<AccountToken> token, Instant now, String action) {
        TokenOutcome outcome = token.isPresent() && token.get().expired(now) ? TokenOutcome.EXPIRED
                : TokenOutcome.INVALID;
        audit.recordAs(CurrentUser.actorName(), action, "account", token.map(AccountToken::accountId).orElse(null),
                AuditOutcome.DENIED, "link " + outcome.name().toLowerCase(Locale.ROOT));
        return outcome;
    }
}
