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

    @Test
    void onlyAMessageSentAgainNeedsTheKeptResponse() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(4, new byte[0]);

        assertThat(CompactLastResponse.isResent(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":4,\"clientId\":4}"))
                .as("the last processed message again").isTrue();
        assertThat(CompactLastResponse.isResent(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":5,\"clientId\":5}"))
                .as("the next message").isFalse();
        assertThat(CompactLastResponse.isResent(ui, "{\"rpc\":[{\"data\":{\"clientId\":4}}],\"clientId\":5}"))
                .as("the message's own id is the last one in the body").isFalse();
        assertThat(CompactLastResponse.isResent(ui, "not json")).as("unreadable: restore to be safe").isTrue();
    }
}
