package org.healthequity.exchange.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    @Test
    void headerValuesNeverCarryLineBreaks() {
        assertThat(MailTemplates.oneLine("Hello\r\nBcc: victim@example.org")).isEqualTo("Hello Bcc: victim@example.org");
        assertThat(MailTemplates.oneLine("a\u2028b\u0085c")).isEqualTo("a b c");
    }

    @Test
    void acceptsOnlyOnePlainAddress() {
        assertThat(MailTemplates.checkedAddress(" someone@example.org ")).isEqualTo("someone@example.org");
        assertThatThrownBy(() -> MailTemplates.checkedAddress("a@example.org\r\nBcc: b@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailTemplates.checkedAddress("a@example.org, b@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailTemplates.checkedAddress("Eve <eve@example.org>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailTemplates.checkedAddress("not an address"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
