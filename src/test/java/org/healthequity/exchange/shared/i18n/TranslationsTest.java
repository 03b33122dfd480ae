package org.healthequity.exchange.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private final AtomicInteger resolved = new AtomicInteger();

    private final StaticMessageSource bundles = new StaticMessageSource() {
        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            resolved.incrementAndGet();
            return super.resolveCodeWithoutArguments(code, locale);
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            resolved.incrementAndGet();
            return super.resolveCode(code, locale);
        }
    };

    private final Translations translations;

    TranslationsTest() {
        bundles.setAlwaysUseMessageFormat(true);
        bundles.addMessage("layout.home", Locale.ENGLISH, "Home");
        bundles.addMessage("layout.home", Locale.FRENCH, "Accueil");
        bundles.addMessage("greeting", Locale.ENGLISH, "Hello {0}");
        translations = new Translations(bundles);
    }

    @Test
    void aTextWithoutParametersIsResolvedOncePerLanguage() {
        for (int i = 0; i < 5; i++) {
            assertThat(translations.getTranslation("layout.home", Locale.ENGLISH)).isEqualTo("Home");
            assertThat(translations.getTranslation("layout.home", Locale.FRENCH)).isEqualTo("Accueil");
            assertThat(translations.getTranslation("layout.home", Locale.CANADA_FRENCH)).isEqualTo("Accueil");
        }
        assertThat(resolved).hasValue(2);
    }

    @Test
    void aTextWithParametersIsFormattedEachTimeWithItsOwnValues() {
        assertThat(translations.getTranslation("greeting", Locale.ENGLISH, "Amina")).isEqualTo("Hello Amina");
        assertThat(translations.getTranslation("greeting", Locale.ENGLISH, "Li")).isEqualTo("Hello Li");
    }

    @Test
    void anUnknownKeyIsShownMarked() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(translations.get("no.such.key", Language.ARABIC)).isEqualTo("!no.such.key");
    }
}
