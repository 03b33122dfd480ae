package org.healthequity.exchange.shared.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends a person's sessions, for instance after a password change, a reset or a suspension. */
@Component
public class SessionTermination {

    private final SessionRegistry registry;

    SessionTermination(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Expires every session of the person except {@code keepSessionId} (the one that made the change, if any).
     *
     * @return how many sessions were ended
     */
    public int endSessions(String username, @Nullable String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof ExchangeUser user && user.getUsername().equalsIgnoreCase(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
