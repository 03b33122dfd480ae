package org.healthequity.exchange.shared.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** TEMPORARY stand-in with the API of the lead's class (coming to main with "RateLimiter"). */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The caller's network address, or "unknown" outside a request. */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null || address.isBlank() ? "unknown" : address;
        }
        return "unknown";
    }
}
