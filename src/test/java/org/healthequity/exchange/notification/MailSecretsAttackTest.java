package org.healthequity.exchange.notification;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("attack")
class MailSecretsAttackTest {

    private static final String SECRET = "Zq3-x_Vb9KpL0mN2oP4rS6tU8vW1yA3cE5gI7kM9nQ";

    @Test
    void everyKindOfSecretLinkIsMaskedInTheLog() {
        String text = """
                Confirm: http://localhost:8080/register/confirm?token=%1$s
                Reset: https://exchange.example.org/password/reset?token=%1$s.
                Group: http://localhost:8080/groups/health-equity-monitoring?invitation=%1$s
                Feed: http://localhost:8080/calendar/%1$s.ics
                Meeting: https://meet.example.org/j/123456?pwd=%1$s
                Other: https://exchange.example.org/some/%1$s/path
                <a href="http://localhost:8080/invitations/accept?x=1&amp;token=%1$s">link</a>
                """.formatted(SECRET);

        String masked = MailSecrets.mask(text);

        assertThat(masked).doesNotContain(SECRET).contains("token=••••", "invitation=••••", "/calendar/••••.ics",
                "pwd=••••", "/some/••••/path");
    }

    @Test
    void ordinaryLinksAndTextStayReadable() {
        String text = "See http://localhost:8080/groups/health-equity-monitoring-working-group?thread=42 and "
                + "http://localhost:8080/case-studies/17. InternationalCooperationForHealthEquity stays.";
        assertThat(MailSecrets.mask(text)).isEqualTo(text);
    }
}
