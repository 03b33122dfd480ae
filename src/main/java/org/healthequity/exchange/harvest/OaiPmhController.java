package org.healthequity.exchange.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * OAI-PMH 2.0 at {@code /oai}, outside Vaadin, for harvesters that cannot sign in (Spring Security lets {@code /oai}
 * through): GET with a query string or POST with a form body, as the protocol allows. Every answer, errors included,
 * is a valid OAI-PMH response with status 200. The hex format's schema is at {@code /oai/hex-1.0.xsd}.
 */
@RestController
class OaiPmhController {

    static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

    private final OaiPmh oai;

    OaiPmhController(OaiPmh oai) {
        this.oai = oai;
    }

    @GetMapping("/oai")
    ResponseEntity<String> get(HttpServletRequest request) {
        return answer(request);
    }

    @PostMapping(value = "/oai", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> post(HttpServletRequest request) {
        return answer(request);
    }

    @GetMapping(MetadataFormat.HEX_SCHEMA_PATH)
    ResponseEntity<String> hexSchema() throws IOException {
        try (InputStream schema = new ClassPathResource("harvest/hex-1.0.xsd").getInputStream()) {
            return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache())
                    .body(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private ResponseEntity<String> answer(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noStore())
                .body(oai.answer(request.getParameterMap()));
    }
}
