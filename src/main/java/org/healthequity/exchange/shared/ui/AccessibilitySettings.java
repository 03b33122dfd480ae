package org.healthequity.exchange.shared.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accessibility statement's settings ({@code exchange.accessibility.*}).
 *
 * @param contact where barriers are reported ({@code EXCHANGE_ACCESSIBILITY_CONTACT}): an address, with or without
 *        {@code mailto:}
 * @param reviewed the date of the statement's last review ({@code EXCHANGE_ACCESSIBILITY_REVIEWED})
 */
@ConfigurationProperties("exchange.accessibility")
record AccessibilitySettings(@DefaultValue("secretariat@healthequity.example.org") String contact,
        @DefaultValue("2026-12-07") String reviewed) {
}
