package org.healthequity.exchange.api;

import java.util.List;

import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.InstitutionPage;
import org.healthequity.exchange.member.MemberCard;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Institutions as their public pages show them: name, type, country, region, website, networks, and the
 * representatives the caller may see (the directory's visibility rule, so a token of a member sees what the member
 * sees). Country names follow {@code Accept-Language}.
 */
@RestController
@RequestMapping(path = "/api/v1/institutions", produces = "application/json")
@Tag(name = "Institutions")
@RequiresScope(TokenScope.DIRECTORY)
class InstitutionsApi {

    /** An institution in the list. */
    record InstitutionItem(long id, String url, String name, String country) {
    }

    /** An institution's page. */
    record InstitutionDetail(long id, String url, String name, String type, String country, String countryName,
            String region, @Nullable String website, List<String> networks, List<Representative> representatives) {
    }

    /** A representative with only what the caller may see (the rest is null). */
    record Representative(long id, String name, @Nullable String title, @Nullable String country) {
    }

    private final DirectoryService directory;
    private final Responses responses;
    private final String baseUrl;

    InstitutionsApi(DirectoryService directory, Responses responses, ExchangeProperties properties) {
        this.directory = directory;
        this.responses = responses;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Every institution, by name")
    ResponseEntity<Page<InstitutionItem>> list(WebRequest request) {
        return responses.ok(request, new Page<>(directory.institutions().stream().map(ref -> new InstitutionItem(
                ref.id(), url(ref.id()), ref.name(), ref.country())).toList(), null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One institution with its networks and the representatives the caller may see")
    ResponseEntity<InstitutionDetail> one(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
            WebRequest request) {
        InstitutionPage page = directory.institution(id, Language.ofAcceptLanguage(accept))
                .orElseThrow(() -> new NotFound("No institution has the id " + id + "."));
        return responses.ok(request, new InstitutionDetail(page.id(), url(page.id()), page.name(), page.type().name(),
                page.country(), page.countryName(), page.region(), page.website(),
                page.networks().stream().map(Enum::name).sorted().toList(),
                page.representatives().stream().map(InstitutionsApi::representative).toList()));
    }

    private String url(long id) {
        return baseUrl + "/institutions/" + id;
    }

    private static Representative representative(MemberCard card) {
        return new Representative(card.id(), card.name(), card.title(), card.country());
    }
}
