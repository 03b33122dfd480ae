package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.LocalDateTime;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
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

/** A feed reader, not signed in, follows the open calls; a draft call never reaches it. */
class CallFeedIntegrationTest extends IntegrationTest {

    @Autowired
    OpenCallFixture fixture;

    @Autowired
    CallAdministration administration;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void openCallIsAnEntryWithItsDeadlineInTheCallsZone() throws Exception {
        long id = fixture.openCallClosingIn(clock.instant(), 10);
        String title = titleOf(id);

        Element feed = feed();

        assertThat(text(feed, "id")).isEqualTo("tag:localhost,2026:feed:calls");
        assertThat(link(feed, "self")).isEqualTo("http://localhost:8080/feeds/calls.atom");
        Element entry = entry(feed, title);
        assertThat(entry).isNotNull();
        assertThat(text(entry, "id")).isEqualTo("tag:localhost,2026:call:" + id);
        assertThat(link(entry, "alternate")).isEqualTo("http://localhost:8080/calls/" + id);
        assertThat(Instant.parse(text(entry, "updated"))).isNotNull();
        assertThat(text(entry, "summary")).contains("Europe/Zurich", "About");
    }

    @Test
    void draftAndClosedCallsAreNotInTheFeed() throws Exception {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        int cycle = OpenCallFixture.nextCycle();
        administration.save(null, 0, new CallForm(Network.HIM, cycle, "Draft call feed " + cycle, "About", "Terms",
                "Europe/Zurich", LocalDateTime.now().plusDays(1), LocalDateTime.now().plusDays(30),
                OpenCallFixture.definition()));
        long closed = fixture.openCallClosingIn(clock.instant(), 10);
        String closedTitle = titleOf(closed);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        administration.close(closed);
        SecurityContextHolder.clearContext();

        assertThat(titles(feed())).doesNotContain("Draft call feed " + cycle, closedTitle);
    }

    private String titleOf(long id) {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        String title = administration.edit(id).form().title();
        SecurityContextHolder.clearContext();
        return title;
    }

    private Element feed() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/feeds/calls.atom")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return parse(response.getContentAsString());
    }
}
