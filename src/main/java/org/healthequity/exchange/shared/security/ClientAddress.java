package org.healthequity.exchange.shared.security;

import org.springframework.web.context.request.RequestContextHolder;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the person behind the current request, for throttles and rate limits. Behind a load balancer
 * the servlet container resolves it from the forwarded headers it trusts ({@code server.forward-headers-strategy}).
 */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** The caller's address, or {@value #UNKNOWN} outside a web request (jobs, tests). */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null || address.isBlank() ? UNKNOWN : address;
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null && vaadin.getRemoteAddr() != null && !vaadin.getRemoteAddr().isBlank()) {
            return vaadin.getRemoteAddr();
        }
        return UNKNOWN;
    }
}
