package org.healthequity.exchange.webinar;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves calendar feeds outside Vaadin, to calendar programs that cannot sign in: the secret in the address is the
 * only key (Spring Security lets {@code /calendar/*.ics} through for this endpoint alone).
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
