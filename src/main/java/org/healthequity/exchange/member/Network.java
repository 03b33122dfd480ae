package org.healthequity.exchange.member;

/** The two networks the portal serves. */
public enum Network {
    /** Global Knowledge Network for Health Equity. */
    GKNHE,
    /** Health Inequality Monitoring Network. */
    HIM
}
