package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.support.AtomFeeds.entry;
import static org.healthequity.exchange.support.AtomFeeds.link;
import static org.healthequity.exchange.support.AtomFeeds.parse;
import static org.healthequity.exchange.support.AtomFeeds.text;
import static org.healthequity.exchange.support.AtomFeeds.titles;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A feed reader, not signed in, follows upcoming public webinars; nothing of a network's or a group's reaches it. */
class WebinarFeedIntegrationTest extends IntegrationTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    @Autowired
    WebinarFixture fixture;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private String tag;

    @BeforeEach
    void overHttp() {
        fixture.atTestsNow();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void upcomingPublicWebinarIsAnEntryWithItsTimesInTheOrganisersZone() throws Exception {
        long id = fixture.scheduled(WebinarFixture.form("Public feed " + tag, LocalDateTime.parse("2027-02-01T10:00"),
                NAIROBI));

        Element feed = feed();

        assertThat(text(feed, "id")).isEqualTo("tag:localhost,2026:feed:webinars");
        assertThat(link(feed, "self")).isEqualTo("http://localhost:8080/feeds/webinars.atom");
        Element entry = entry(feed, "Public feed " + tag);
        assertThat(entry).isNotNull();
        assertThat(text(entry, "id")).isEqualTo("tag:localhost,2026:webinar:" + id);
        assertThat(link(entry, "alternate")).isEqualTo("http://localhost:8080/webinars/" + id);
        assertThat(Instant.parse(text(entry, "updated"))).isNotNull();
        assertThat(Instant.parse(text(entry, "published"))).isNotNull();
        assertThat(text(entry, "summary")).contains("2027-02-01T10:00:00+03:00", "2027-02-01T11:00:00+03:00",
                "Africa/Nairobi");
        assertThat(text(entry, "author")).isNotBlank();
    }

    @Test
    void networkWebinarsGroupMeetingsCancelledAndPastOnesAreNotInTheFeed() throws Exception {
        fixture.scheduled(WebinarFixture.withAudience(WebinarFixture.form("HIM only feed " + tag,
                LocalDateTime.parse("2027-02-02T10:00"), NAIROBI), Audience.HIM));
        long cancelled = fixture.scheduled(WebinarFixture.form("Cancelled feed " + tag,
                LocalDateTime.parse("2027-02-03T10:00"), NAIROBI));
        fixture.signIn(WebinarFixture.SECRETARIAT);
        fixture.scheduling().cancel(cancelled, EditScope.OCCURRENCE);
        fixture.signOut();
        fixture.scheduled(WebinarFixture.form("Past feed " + tag, LocalDateTime.parse("2027-01-20T10:00"), NAIROBI));
        clock.set(Instant.parse("2027-01-25T00:00:00Z"));

        assertThat(titles(feed())).noneMatch(title -> title.contains(tag));
    }

    private Element feed() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/feeds/webinars.atom")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        return parse(response.getContentAsString());
    }
}
