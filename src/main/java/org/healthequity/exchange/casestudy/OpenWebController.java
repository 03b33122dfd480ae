package org.healthequity.exchange.casestudy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.AtomFeed;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case-study library for reference managers and feed readers, outside Vaadin: citations of a published case study
 * ({@code /case-studies/{id}/cite.bib}, {@code .ris}, {@code .json}) and the Atom feed of new ones. Spring Security lets
 * these addresses through without signing in; what they serve is public in any case.
 */
@RestController
class OpenWebController {

    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final CaseStudyCitations citations;
    private final CaseStudyFeed feed;
    private final Translations translations;

    OpenWebController(CaseStudyCitations citations, CaseStudyFeed feed, Translations translations) {
        this.citations = citations;
        this.feed = feed;
        this.translations = translations;
    }

    @GetMapping("/case-studies/{id}/cite.{extension}")
    ResponseEntity<String> cite(@PathVariable long id, @PathVariable String extension) {
        Optional<CitationFormat> format = Arrays.stream(CitationFormat.values())
                .filter(f -> f.extension().equals(extension)).findFirst();
        return format.flatMap(f -> citations.cite(id, f)).map(c -> ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(c.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.fileName())
                        .build().toString())
                .cacheControl(PUBLIC).body(c.body()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/feeds/case-studies.atom")
    ResponseEntity<String> caseStudies(@RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String language,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        Language viewer = Language.ofAcceptLanguage(accept);
        try {
            return ResponseEntity.ok().contentType(atom()).cacheControl(PUBLIC)
                    .body(feed.atom(theme, country, region, language, viewer));
        } catch (Refused refused) {
            String text = refused.problems().stream().map(p -> translations.get(p.messageKey(), viewer,
                    p.arguments().toArray())).collect(Collectors.joining("\n"));
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(text + "\n");
        }
    }

    static MediaType atom() {
        return new MediaType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE), StandardCharsets.UTF_8);
    }
}
