package org.healthequity.exchange.shared.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @Test
    void delayGrowsAfterTheFreeAttemptsUpToTheCap() {
        assertThat(LoginThrottle.delayAfter(1)).isZero();
        assertThat(LoginThrottle.delayAfter(2)).isZero();
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(LoginThrottle.delayAfter(50)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void accountKeyFoldsEverySpellingOfAnAddressIntoOne() {
        String plain = LoginThrottle.accountKey("researcher@example.org");
        assertThat(LoginThrottle.accountKey(" Researcher@Example.ORG\u2002")).isEqualTo(plain);
        assertThat(LoginThrottle.accountKey("\u3000researcher@example.org\u2009")).isEqualTo(plain);
        assertThat(LoginThrottle.accountKey("researcher@example.org\u00a0\u200b\ufeff")).isEqualTo(plain);
        assertThat(LoginThrottle.accountKey("ｒｅｓｅａｒｃｈｅｒ@example.org")).isEqualTo(plain);
        assertThat(LoginThrottle.accountKey("other@example.org")).isNotEqualTo(plain);
    }
}
