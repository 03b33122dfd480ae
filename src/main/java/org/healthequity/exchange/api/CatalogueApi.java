package org.healthequity.exchange.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.NetworkInfo;
import org.healthequity.exchange.member.NetworkService;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.opencall.CallSummary;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The short lists: the networks as their public page shows them, and the open calls whose pages are public. Each
 * holds a handful of items, so they come whole, without a cursor.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Networks and open calls")
class CatalogueApi {

    /** A network with its full name in the portal's six languages (by language code). */
    record NetworkItem(String code, Map<String, String> name, String contactEmail, long members, long institutions) {
    }

    /** A call whose page is public. */
    record CallItem(long id, String url, String network, int cycle, String title, String status, String zone,
            Instant opensAt, Instant closesAt) {
    }

    private final NetworkService networks;
    private final CallCatalogue calls;
    private final Translations translations;
    private final Responses responses;
    private final String baseUrl;

    CatalogueApi(NetworkService networks, CallCatalogue calls, Translations translations, Responses responses,
            ExchangeProperties properties) {
        this.networks = networks;
        this.calls = calls;
        this.translations = translations;
        this.responses = responses;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/networks")
    @RequiresScope(TokenScope.DIRECTORY)
    @Operation(summary = "The networks the portal serves")
    ResponseEntity<Page<NetworkItem>> networks(WebRequest request) {
        return responses.ok(request, new Page<>(networks.networks().stream().map(this::network).toList(), null));
    }

    @GetMapping("/calls")
    @RequiresScope(TokenScope.CALLS)
    @Operation(summary = "Open calls whose pages are public, the latest deadline first")
    ResponseEntity<Page<CallItem>> calls(WebRequest request) {
        return responses.ok(request, new Page<>(calls.publicCalls().stream().map(this::call).toList(), null));
    }

    private NetworkItem network(NetworkInfo info) {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(Language.values()).forEach(language -> names.put(language.code(),
                translations.get(info.network().messageKey(), language)));
        return new NetworkItem(info.network().name(), names, info.contactEmail(), info.members(),
                info.institutions());
    }

    private CallItem call(CallSummary call) {
        return new CallItem(call.id(), baseUrl + "/calls/" + call.id(), call.network().name(), call.cycle(),
                call.title(), call.status().name(), call.zone().getId(), call.opensAt(), call.closesAt());
    }
}
