package org.healthequity.exchange.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.Speaker;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;
import org.healthequity.exchange.webinar.WebinarFilter;
import org.healthequity.exchange.webinar.WebinarPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
@RequiresScope(TokenScope.EVENTS)
class WebinarsApi {

    /** A webinar in the list: counts of places, never who took them. */
    record WebinarItem(long id, String url, String title, Instant start, Instant end, String zone, String audience,
            @Nullable String network, List<String> languages, List<String> interpretation, @Nullable Integer capacity,
            long registered, boolean full, boolean cancelled) {
    }

    /**
     * One webinar: the list's fields, then what its page shows. Description and materials are Markdown as written;
     * agenda times are local times of the organiser's zone. Never the joining link nor who registered.
     */
    record WebinarDetail(long id, String url, String title, Instant start, Instant end, String zone, String audience,
            @Nullable String network, List<String> languages, List<String> interpretation, @Nullable Integer capacity,
            long registered, boolean full, boolean cancelled, String description, List<Agenda> agenda,
            List<String> speakers, long waitlisted, @Nullable Instant registrationDeadline, boolean registrationOpen,
            boolean ended, @Nullable String recordingUrl, String materials, @Nullable String group,
            @Nullable Long seriesId) {
    }

    /** An agenda item at a local time ({@code 10:30}) of the organiser's zone. */
    record Agenda(String at, String title) {
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

    @GetMapping("/{id}")
    @Operation(summary = "One webinar the caller may see (404 for one that does not exist or is not theirs to see)")
    ResponseEntity<WebinarDetail> one(@PathVariable long id, WebRequest request) {
        WebinarPage page = calendar.webinar(id)
                .orElseThrow(() -> new NotFound("No webinar the caller may see has the id " + id + "."));
        return responses.ok(request, new WebinarDetail(page.id(), baseUrl + "/webinars/" + page.id(), page.title(),
                page.start(), page.end(), page.zone().getId(), page.audience().name(),
                page.audience().network().map(Enum::name).orElse(null), codes(page.languages()),
                codes(page.interpretation()), page.capacity(), page.registered(),
                page.capacity() != null && page.registered() >= page.capacity(), page.cancelled(),
                page.description(), page.agenda().stream().map(item -> new Agenda(item.at().toString(),
                        item.title())).toList(), page.speakers().stream().map(Speaker::name).toList(),
                page.waitlisted(), page.registrationDeadline(), page.registrationOpen(), page.ended(),
                page.recordingUrl(), page.materials(), page.groupName(), page.seriesId()));
    }

    private static List<String> codes(Set<Language> languages) {
        return languages.stream().sorted().map(Language::code).toList();
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
