package org.healthequity.exchange.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void theBrowsersFirstLanguageThePortalSpeaksIsTheFirstGuess() {
        assertThat(Language.bestMatch(List.of(Locale.of("de", "CH"), Locale.of("fr", "CH"), Locale.ENGLISH)))
                .contains(Language.FRENCH);
        assertThat(Language.bestMatch(List.of(Locale.forLanguageTag("zh-Hans-CN")))).contains(Language.CHINESE);
        assertThat(Language.bestMatch(List.of(Locale.of("pt", "BR")))).isEmpty();
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(Arrays.stream(Language.values()).filter(Language::rightToLeft))
                .containsExactly(Language.ARABIC);
    }

    @Test
    void codesAreReadLeniently() {
        assertThat(Language.ofCode("ES-mx")).contains(Language.SPANISH);
        assertThat(Language.ofCode("ru_RU")).contains(Language.RUSSIAN);
        assertThat(Language.ofCode("xx")).isEmpty();
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
    }
}
