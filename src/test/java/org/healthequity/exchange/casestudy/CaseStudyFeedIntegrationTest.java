package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
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
import static org.healthequity.exchange.support.AtomFeeds.children;
import static org.healthequity.exchange.support.AtomFeeds.entry;
import static org.healthequity.exchange.support.AtomFeeds.link;
import static org.healthequity.exchange.support.AtomFeeds.parse;
import static org.healthequity.exchange.support.AtomFeeds.text;
import static org.healthequity.exchange.support.AtomFeeds.titles;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A feed reader, not signed in, follows new case studies: all of them or one theme, country, region or language. */
class CaseStudyFeedIntegrationTest extends IntegrationTest {

    @Autowired
    CaseStudyFixture fixture;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private String tag;

    @BeforeEach
    void overHttp() {
        inAnHourOfItsOwn();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void newCaseStudyIsAnEntryWithItsIdTitleDatesLinkSummaryAndAuthors() throws Exception {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Feed <entry> & " + tag));

        MockHttpServletResponse response = fetch("/feeds/case-studies.atom");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        Element feed = parse(response.getContentAsString());
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, "id")).startsWith("tag:localhost,2026:feed:case-studies");
        assertThat(text(feed, "title")).isNotBlank();
        assertThat(Instant.parse(text(feed, "updated"))).isNotNull();
        assertThat(link(feed, "self")).isEqualTo("http://localhost:8080/feeds/case-studies.atom");
        Element entry = entry(feed, "Feed <entry> & " + tag);
        assertThat(entry).isNotNull();
        assertThat(text(entry, "id")).isEqualTo("tag:localhost,2026:case-study:" + id);
        assertThat(Instant.parse(text(entry, "updated"))).isNotNull();
        assertThat(Instant.parse(text(entry, "published"))).isNotNull();
        assertThat(link(entry, "alternate")).isEqualTo("http://localhost:8080/case-studies/" + id);
        assertThat(text(entry, "summary")).isEqualTo("Healthy housing upgrades in outer islands.");
        assertThat(text(children(entry, "author").getFirst(), "name")).isNotBlank();
        assertThat(entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        assertThat(children(entry, "category")).extracting(c -> c.getAttribute("term")).contains("Housing");
    }

    @Test
    void filtersKeepOnlyTheThemeCountryRegionAndLanguageAsked() throws Exception {
        fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Housing Fiji " + tag));
        CaseStudyForm kenya = CaseStudyFixture.complete("Coverage Kenya " + tag)
                .withThemes(List.of("UNIVERSAL_HEALTH_COVERAGE"));
        kenya = new CaseStudyForm(kenya.network(), Language.FRENCH, kenya.title(), kenya.sections(), List.of("KE"),
                kenya.yearFrom(), kenya.yearTo(), kenya.themes(), kenya.dimensions(), kenya.sdgTargets(),
                kenya.contacts(), kenya.links(), kenya.coAuthorIds());
        fixture.published(CaseStudyFixture.AUTHOR, kenya);

        assertThat(titles(feed("?theme=HOUSING"))).contains("Housing Fiji " + tag)
                .doesNotContain("Coverage Kenya " + tag);
        assertThat(titles(feed("?country=ke"))).contains("Coverage Kenya " + tag)
                .doesNotContain("Housing Fiji " + tag);
        assertThat(titles(feed("?region=WPR"))).contains("Housing Fiji " + tag)
                .doesNotContain("Coverage Kenya " + tag);
        assertThat(titles(feed("?language=fr"))).contains("Coverage Kenya " + tag)
                .doesNotContain("Housing Fiji " + tag);
        assertThat(link(feed("?theme=housing&language=en"), "self"))
                .isEqualTo("http://localhost:8080/feeds/case-studies.atom?theme=HOUSING&language=en");
    }

    @Test
    void unknownFilterValueAnswersBadRequestNamingIt() throws Exception {
        MockHttpServletResponse response = fetch("/feeds/case-studies.atom?theme=HOUSNG&country=XX");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("HOUSNG", "theme", "XX", "country");
    }

    @Test
    void draftsSubmissionsAndRejectedCaseStudiesAreNeverInTheFeed() throws Exception {
        fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Draft feed " + tag));
        fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Submitted feed " + tag));
        long rejected = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Rejected feed " + tag));
        fixture.decide(rejected, org.healthequity.exchange.moderation.Decision.REJECT, "Out of scope.");

        String body = fetch("/feeds/case-studies.atom").getContentAsString();

        assertThat(body).doesNotContain(tag);
    }

    private Element feed(String query) throws Exception {
        MockHttpServletResponse response = fetch("/feeds/case-studies.atom" + query);
        assertThat(response.getStatus()).as(query).isEqualTo(200);
        return parse(response.getContentAsString());
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }
}
