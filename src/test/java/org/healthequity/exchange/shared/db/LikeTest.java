package org.healthequity.exchange.shared.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikeTest {

    @Test
    void wildcardsTypedByAPersonAreTakenLiterally() {
        assertThat(Like.contains(" 50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(Like.contains("")).isEqualTo("%%");
    }
}
