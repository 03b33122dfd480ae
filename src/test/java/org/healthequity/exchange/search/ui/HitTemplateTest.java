package org.healthequity.exchange.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.search.SearchResult;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.JacksonSerializer;

import tools.jackson.databind.JsonNode;

class HitTemplateTest {

    @Test
    void theAlsoInLinksReachTheBrowserWithTheirLanguageNameAndAddress() {
        SearchResult.Hit hit = new SearchResult.Hit("NETWORK", 2, "Health Inequality Monitoring Network", "", "en",
                Instant.parse("2021-05-31T00:00:00Z"), "networks#him",
                List.of(new SearchResult.Translation("fr", "networks#him"),
                        new SearchResult.Translation("ar", "networks#him")));

        Object alsoIn = HitTemplate.renderer(new Div()).getValueProviders().get("alsoIn").apply(hit);
        JsonNode sent = JacksonSerializer.toJson(alsoIn);

        assertThat(sent.size()).isEqualTo(2);
        assertThat(sent.get(0).get("code").asString()).isEqualTo("fr");
        assertThat(sent.get(0).get("name").asString()).isEqualTo("Français");
        assertThat(sent.get(0).get("link").asString()).isEqualTo("networks#him");
        assertThat(sent.get(1).get("code").asString()).isEqualTo("ar");
        assertThat(sent.get(1).get("name").asString()).isNotBlank();
    }
}
