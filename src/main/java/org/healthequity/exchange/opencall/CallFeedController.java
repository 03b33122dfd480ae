package org.healthequity.exchange.opencall;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.AtomFeed;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /feeds/calls.atom} for feed readers, outside Vaadin and without signing in (ADR 0021). */
@RestController
class CallFeedController {

    private final CallFeed feed;

    CallFeedController(CallFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/feeds/calls.atom")
    ResponseEntity<String> calls(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE), StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(feed.atom(Language.ofAcceptLanguage(accept)));
    }
}
