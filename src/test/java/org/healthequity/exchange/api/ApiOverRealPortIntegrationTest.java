package org.healthequity.exchange.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.RunningNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API beside Vaadin in a real servlet container: Vaadin's servlet is mapped at {@code /*}, so this checks over a
 * real port that the API, its OpenAPI document and springdoc's Swagger UI are answered by Spring MVC while the portal's
 * pages are still Vaadin's.
 */
class ApiOverRealPortIntegrationTest extends IntegrationTest {

    @RegisterExtension
    static final RunningNode node = RunningNode.named("api-node");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theOpenApiDocumentTheSwaggerUiAndTheApiAnswerBesideVaadin() throws Exception {
        HttpResponse<String> openApi = get("/api/v1/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode document = JsonMapper.builder().build().readTree(openApi.body());
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/case-studies", "/api/v1/webinars");

        HttpResponse<String> swagger = get("/api/v1/docs");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.uri().getPath()).contains("swagger-ui");
        assertThat(swagger.body()).contains("swagger-ui");

        HttpResponse<String> missing = get("/api/v1/case-studies/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).doesNotContain("Exception");

        HttpResponse<String> page = get("/case-studies");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
