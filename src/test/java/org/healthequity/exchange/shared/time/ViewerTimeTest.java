package org.healthequity.exchange.shared.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.healthequity.exchange.shared.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How times read: the zone named as it is on that date, and the reader's regional conventions within a language. */
class ViewerTimeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant SUMMER = Instant.parse("2026-07-06T15:50:00Z");
    private static final Instant WINTER = Instant.parse("2026-12-06T16:50:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Central European Summer Time  | Central European Standard Time
            fr | heure d’été d’Europe centrale  | heure normale d’Europe centrale
            es | hora de verano de Europa central | hora estándar de Europa central
            ru | Центральная Европа, летнее время | Центральная Европа, стандартное время
            zh | 中欧夏令时间 | 中欧标准时间
            ar | توقيت وسط أوروبا الصيفي | توقيت وسط أوروبا الرسمي
            """)
    void aZoneIsNamedAsItIsOnThatDateInEachLanguage(String code, String summer, String winter) {
        Locale locale = Language.ofCode(code).orElseThrow().formattingLocale(null);

        assertThat(ViewerTime.zoneName(PARIS, SUMMER, locale)).isEqualTo(summer + ", Europe/Paris");
        assertThat(ViewerTime.zoneName(PARIS, WINTER, locale)).isEqualTo(winter + ", Europe/Paris");
        assertThat(ViewerTime.format(SUMMER, PARIS, locale)).endsWith("(" + summer + ", Europe/Paris)");
        assertThat(ViewerTime.format(WINTER, PARIS, locale)).endsWith("(" + winter + ", Europe/Paris)");
    }

    @Test
    void theSouthernSummerIsNamedToo() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        assertThat(ViewerTime.zoneName(sydney, WINTER, Locale.UK)).startsWith("Australian Eastern Daylight Time");
        assertThat(ViewerTime.zoneName(sydney, SUMMER, Locale.UK)).startsWith("Australian Eastern Standard Time");
    }

    @Test
    void choosingAZoneNamesItInGeneral() {
        assertThat(ViewerTime.zoneName(PARIS, Locale.ENGLISH)).isEqualTo("Central European Time, Europe/Paris");
    }

    @Test
    void aBritishReaderSeesDayMonthAndTwentyFourHours() {
        Locale british = Language.ENGLISH.formattingLocale("GB");
        assertThat(spaces(ViewerTime.format(WINTER, PARIS, british)))
                .isEqualTo("6 Dec 2026, 17:50 (Central European Standard Time, Europe/Paris)");
        assertThat(spaces(ViewerTime.shortDateTime(LocalDateTime.of(2026, 12, 6, 17, 50), british)))
                .isEqualTo("06/12/2026, 17:50");
    }

    @Test
    void anAmericanReaderSeesMonthFirstAndTwelveHours() {
        Locale american = Language.ENGLISH.formattingLocale("US");
        assertThat(spaces(ViewerTime.format(WINTER, PARIS, american)))
                .isEqualTo("Dec 6, 2026, 5:50 PM (Central European Standard Time, Europe/Paris)");
        assertThat(spaces(ViewerTime.shortDateTime(LocalDateTime.of(2026, 12, 6, 17, 50), american)))
                .isEqualTo("12/6/26, 5:50 PM");
    }

    @Test
    void otherRegionsOfTheSameLanguageKeepTheirOwnConventions() {
        LocalDateTime evening = LocalDateTime.of(2026, 12, 6, 17, 50);
        assertThat(ViewerTime.shortDateTime(evening, Language.FRENCH.formattingLocale("CA"))).startsWith("2026-12-06");
        assertThat(ViewerTime.shortDateTime(evening, Language.FRENCH.formattingLocale("FR"))).startsWith("06/12/2026");
        assertThat(spaces(ViewerTime.time(evening.toLocalTime(), Language.SPANISH.formattingLocale("MX"))))
                .isEqualTo("5:50 p.m.");
        assertThat(ViewerTime.time(evening.toLocalTime(), Language.SPANISH.formattingLocale("ES"))).isEqualTo("17:50");
    }

    @Test
    void aSlotNamesTheZoneAsItIsWhenItStarts() {
        Instant start = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 summer time; the clocks go back at 03:00
        String slot = ViewerTime.slot(start, start.plusSeconds(7200), PARIS, Language.ENGLISH.formattingLocale("GB"));
        assertThat(spaces(slot)).isEqualTo("25 Oct 2026, 02:30 – 03:30 (Central European Summer Time, Europe/Paris)");
    }

    @Test
    void aCalendarsMonthIsHeadedTheLanguagesWay() {
        YearMonth december = YearMonth.of(2026, 12);
        assertThat(ViewerTime.month(december, Language.ENGLISH.formattingLocale("GB"))).isEqualTo("December 2026");
        assertThat(ViewerTime.month(december, Language.CHINESE.formattingLocale(null))).isEqualTo("2026年12月");
        assertThat(spaces(ViewerTime.month(december, Language.RUSSIAN.formattingLocale(null))))
                .isEqualTo("декабрь 2026 г.");
    }

    /** CLDR puts narrow no-break spaces before "PM" and in some dates; a person reads them as spaces. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
