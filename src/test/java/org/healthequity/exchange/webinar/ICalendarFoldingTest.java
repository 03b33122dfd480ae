package org.healthequity.exchange.webinar;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text of invitations and feeds: lines folded at 75 octets, never inside a character (RFC 5545 3.1). */
class ICalendarFoldingTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final String PAGE = "https://exchange.example.org/webinars/7";
    private static final String JOIN = "https://meet.example.org/abc-def";
    private static final String RUSSIAN = "Неравенство в здоровье: как измерять различия между регионами, городами и "
            + "сельскими районами, и что делать с данными, которые показывают разрыв в ожидаемой продолжительности жизни.";
    private static final String ARABIC = "عدم المساواة في الصحة: كيف نقيس الفروق بين المناطق والمدن والأرياف، وماذا "
            + "نفعل بالبيانات التي تظهر فجوة في متوسط العمر المتوقع بين الفئات الاجتماعية المختلفة.";
    private static final String CHINESE = "健康不平等：如何衡量地区、城市和农村之间的差异，以及如何使用显示不同社会群体之间预期寿命差距的数据。"
            + "本次网络研讨会介绍监测方法和各国的经验，包括𠀀这样的扩展汉字。";

    @ParameterizedTest
    @ValueSource(strings = {RUSSIAN, ARABIC, CHINESE})
    void aFeedInAnyScriptKeepsEveryLineWithin75OctetsAndUnfoldsToTheSameText(String text) throws Exception {
        String feed = ICalendars.feed(List.of(entry(text, text)), "Health Equity Exchange", NOW);

        assertEveryLineFitsAndUnfolds(feed);
        VEvent event = onlyEvent(feed);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(text);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).startsWith(text);
    }

    @Test
    void anInvitationAttachmentIsFoldedByOctetsToo() throws Exception {
        byte[] ics = ICalendars.invitation(entry(RUSSIAN + " " + CHINESE, ARABIC), "REQUEST",
                "no-reply@healthequity.example.org", "ana@example.org", "Анна Иванова-Петрова " + ARABIC, NOW);
        String text = new String(ics, StandardCharsets.UTF_8);

        assertEveryLineFitsAndUnfolds(text);
        assertThat(onlyEvent(text).getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo(RUSSIAN + " " + CHINESE);
    }

    @Test
    void foldingNeverSplitsACharacterAndLeavesShortLinesAlone() {
        String line = "DESCRIPTION:" + "ж".repeat(100) + "😀".repeat(30);
        String folded = ICalendars.fold("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");

        assertThat(folded).startsWith("BEGIN:VCALENDAR\r\nDESCRIPTION:").endsWith("\r\nEND:VCALENDAR\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(part.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).as(part).isTrue();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
    }

    private static CalendarEntry entry(String title, String description) {
        return new CalendarEntry("uid-7@healthequity.example.org", 2, title, description,
                Instant.parse("2027-07-10T08:00:00Z"), Instant.parse("2027-07-10T09:30:00Z"),
                ZoneId.of("Europe/Moscow"), JOIN, PAGE, false, NOW);
    }

    private static void assertEveryLineFitsAndUnfolds(String ics) {
        assertThat(ics).endsWith("\r\n");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        // Unfolded, each content line starts with a property name: no text was broken into a line of its own.
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded.split("\r\n")).allSatisfy(line -> assertThat(line).matches("[A-Z-]+[;:].*"));
    }

    private static VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }
}
