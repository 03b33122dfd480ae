package org.healthequity.exchange.webinar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mail the webinars send has its subject and body, and mail to people with a place carries the link. */
class WebinarMailTemplatesTest {

    @Test
    void everyTemplateHasASubjectAndABody() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> templates = List.of(WebinarMail.REGISTERED, WebinarMail.WAITLISTED, WebinarMail.PROMOTED,
                WebinarMail.UNREGISTERED, WebinarMail.UPDATED, WebinarMail.CANCELLED, WebinarMail.REMINDER_DAY,
                WebinarMail.REMINDER_HOUR);
        for (String template : templates) {
            assertThat(english.getProperty("mail." + template + ".subject")).as(template).contains("{0}");
            assertThat(english.getProperty("mail." + template + ".body")).as(template).contains("{0}", "{1}", "{3}");
        }
        for (String withLink : List.of(WebinarMail.REGISTERED, WebinarMail.PROMOTED, WebinarMail.UPDATED,
                WebinarMail.REMINDER_DAY, WebinarMail.REMINDER_HOUR)) {
            assertThat(english.getProperty("mail." + withLink + ".body")).as(withLink).contains("{4}");
        }
        for (String withoutLink : List.of(WebinarMail.WAITLISTED, WebinarMail.UNREGISTERED, WebinarMail.CANCELLED)) {
            assertThat(english.getProperty("mail." + withoutLink + ".body")).as(withoutLink).doesNotContain("{4}");
        }
    }
}
