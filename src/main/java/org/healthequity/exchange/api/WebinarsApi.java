package org.healthequity.exchange.api;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;
import org.healthequity.exchange.webinar.WebinarFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Webinars the caller may see, as the webinar list shows them: public ones for everyone, a network's with a token of
 * one of its members, a working group's meetings with a token of one of the group's members. Upcoming ones soonest
 * first, past ones latest first.
 */
@RestController
@RequestMapping(path = "/api/v1/webinars", produces = "application/json")
@Tag(name = "Webinars")
class WebinarsApi {

    /** A webinar in the list: counts of places, never who took them. */
    record WebinarItem(long id, String url, String title, Instant start, Instant end, String zone, String audience,
            @Nullable String network, List<String> languages, List<String> interpretation, @Nullable Integer capacity,
            long registered, boolean full, boolean cancelled) {
    }

    private final WebinarCalendar calendar;
    private final Responses responses;
    private final String baseUrl;

    WebinarsApi(WebinarCalendar calendar, Responses responses, ExchangeProperties properties) {
        this.calendar = calendar;
        this.responses = responses;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Upcoming webinars (when=upcoming, the default) or past ones (when=past)")
    ResponseEntity<Page<WebinarItem>> list(@RequestParam(defaultValue = "upcoming") String when,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit, WebRequest request) {
        boolean past = switch (when) {
            case "upcoming" -> false;
            case "past" -> true;
            default -> throw new BadParameter("when", "Expected upcoming or past.");
        };
        int size = Responses.limit(limit);
        Language viewerLanguage = CaseStudiesApi.language(language);
        WebinarFilter filter = new WebinarFilter(audience(audience), viewerLanguage, past);
        String list = past ? "webinars-past" : "webinars-upcoming";
        Cursor after = Cursor.decode(list, cursor);
        List<WebinarCard> cards = calendar.pageAfter(filter, after == null ? null : after.key(),
                after == null ? null : after.id(), size + 1);
        List<WebinarItem> items = cards.stream().limit(size).map(this::item).toList();
        String next = cards.size() > size
                ? new Cursor(list, cards.get(size - 1).start(), cards.get(size - 1).id()).encode() : null;
        return responses.ok(request, new Page<>(items, next));
    }

    private WebinarItem item(WebinarCard card) {
        return new WebinarItem(card.id(), baseUrl + "/webinars/" + card.id(), card.title(), card.start(), card.end(),
                card.zone().getId(), card.audience().name(), card.audience().network().map(Enum::name).orElse(null),
                card.languages().stream().map(Language::code).toList(),
                card.interpretation().stream().map(Language::code).toList(), card.capacity(), card.registered(),
                card.full(), card.cancelled());
    }

    private static @Nullable Audience audience(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Audience audience : Audience.values()) {
            if (audience.name().equalsIgnoreCase(code)) {
                return audience;
            }
        }
        throw new BadParameter("audience", "Expected PUBLIC, GKNHE, HIM or GROUP.");
    }
}
