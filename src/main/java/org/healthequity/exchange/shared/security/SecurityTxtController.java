package org.healthequity.exchange.shared.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where to report a vulnerability, for researchers and their tools.
 * The contact comes from {@code EXCHANGE_SECURITY_CONTACT}; the file always expires within a year, as the RFC asks.
 */
@RestController
class SecurityTxtController {

    private final String contact;
    private final ExchangeProperties properties;
    private final Clock clock;

    SecurityTxtController(SecuritySettings settings, ExchangeProperties properties, Clock clock) {
        this.contact = settings.securityContact();
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(value = "/.well-known/security.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> securityTxt() {
        String expires = DateTimeFormatter.ISO_INSTANT.format(
                clock.instant().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.DAYS));
        String body = "Contact: " + contact + "\n"
                + "Expires: " + expires + "\n"
                + "Preferred-Languages: en, fr, es, ar, zh, ru\n"
                + "Canonical: " + properties.link("/.well-known/security.txt") + "\n";
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body);
    }
}
