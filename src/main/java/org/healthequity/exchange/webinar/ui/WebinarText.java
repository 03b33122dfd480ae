package org.healthequity.exchange.webinar.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ContentLanguage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;

/** How the webinar pages write times, languages and rich text: always with the zone named, never ambiguous. */
final class WebinarText {

    private WebinarText() {
    }

    /** The slot in the viewer's zone. */
    static String slot(Component owner, Instant start, Instant end) {
        return ViewerTime.slot(start, end, ViewerTime.zone(), ViewerTime.locale());
    }

    /** The slot in the organiser's zone, when it differs from the viewer's (else empty). */
    static String organiserSlot(Component owner, Instant start, Instant end, ZoneId organiserZone) {
        if (organiserZone.getRules().equals(ViewerTime.zone().getRules())) {
            return "";
        }
        return owner.getTranslation("webinar.organiser-time", ViewerTime.slot(start, end, organiserZone,
                ViewerTime.locale()));
    }

    /**
     * Marks a webinar's own text (title, description) with the language it is held in when that is one; held in
     * several, its text's language is not known and only its direction is left to the browser.
     */
    static <T extends HasElement> T marked(T text, Set<Language> languages) {
        return ContentLanguage.of(text, languages.size() == 1 ? languages.iterator().next().code() : null);
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
