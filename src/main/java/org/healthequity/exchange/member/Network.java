package org.healthequity.exchange.member;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** The two networks the portal serves. */
@NamedInterface("reference")
public enum Network {
    /** Global Knowledge Network for Health Equity. */
    GKNHE,
    /** Health Inequality Monitoring Network. */
    HIM;

    /** The bundle key of the network's full name. */
    public String messageKey() {
        return "network." + name().toLowerCase(Locale.ROOT);
    }
}
