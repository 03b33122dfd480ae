package org.healthequity.exchange.shared.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
        bundles.addMessage("gap", Locale.ENGLISH, "{0} does not exist in {1}.");
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

    @Test
    void datesAndTimesAmongTheArgumentsAreWrittenTheReadersWay() {
        LocalDateTime skipped = LocalDateTime.parse("2027-03-28T02:30");

        assertThat(translations.getTranslation("gap", Locale.forLanguageTag("en-GB"), skipped, "Europe/Zurich")
                .replace('\u202f', ' ')).isEqualTo("28/03/2027, 02:30 does not exist in Europe/Zurich.");
        assertThat(translations.getTranslation("gap", Locale.forLanguageTag("en-US"), skipped, "Europe/Zurich")
                .replace('\u202f', ' ')).isEqualTo("3/28/27, 2:30 AM does not exist in Europe/Zurich.");
        // Mail passes the language alone: its most likely region writes the date.
        assertThat(translations.get("gap", Language.ENGLISH, LocalDate.parse("2027-03-28"), "Europe/Zurich"))
                .isEqualTo("Mar 28, 2027 does not exist in Europe/Zurich.");
    }
}
