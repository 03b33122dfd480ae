package org.healthequity.exchange.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

class CompactLastResponseTest {

    private static final String RESPONSE = "{\"syncId\":3,\"changes\":[" + "{\"node\":7,\"type\":\"put\",\"key\":\"text\","
            + "\"value\":\"العربية · Русский · 中文 · Français\"},".repeat(200) + "{}]}";

    @Test
    void aUisLastResponseIsKeptCompressedBetweenRequests() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(RESPONSE);

        CompactLastResponse.compact(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        byte[] kept = CompactLastResponse.kept(ui);
        assertThat(kept).isNotNull();
        assertThat(kept.length).isLessThan(RESPONSE.length() / 10);
    }

    @Test
    void aResentMessageIsAnsweredWithTheSameResponseAsBefore() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(RESPONSE);
        CompactLastResponse.compact(ui);

        CompactLastResponse.restore(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(RESPONSE);
        assertThat(CompactLastResponse.kept(ui)).isNull();
    }
}
