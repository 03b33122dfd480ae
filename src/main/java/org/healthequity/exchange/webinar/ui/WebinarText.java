package org.healthequity.exchange.webinar.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/** How the webinar pages write times, languages and rich text: always with the zone named, never ambiguous. */
final class WebinarText {

    private WebinarText() {
    }

    /** "3 Mar 2026, 14:00 – 15:30 (Central European Time, Europe/Zurich)" in the given zone. */
    static String slot(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? time.format(to) : dateTime.format(to);
        return dateTime.format(from) + " – " + until + " (" + ViewerTime.zoneName(zone, locale) + ")";
    }

    /** The slot in the viewer's zone. */
    static String slot(Component owner, Instant start, Instant end) {
        return slot(start, end, ViewerTime.zone(), locale());
    }

    /** The slot in the organiser's zone, when it differs from the viewer's (else empty). */
    static String organiserSlot(Component owner, Instant start, Instant end, ZoneId organiserZone) {
        if (organiserZone.getRules().equals(ViewerTime.zone().getRules())) {
            return "";
        }
        return owner.getTranslation("webinar.organiser-time", slot(start, end, organiserZone, locale()));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    static String languages(Set<Language> languages) {
        return Arrays.stream(Language.values()).filter(languages::contains).map(Language::nativeName)
                .collect(Collectors.joining(", "));
    }

    static Div richText(String markdown) {
        Div text = new Div();
        text.addClassName("rich-text");
        text.getElement().setProperty("innerHTML", RichText.toSafeHtml(markdown));
        return text;
    }
}
