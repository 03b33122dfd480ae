package org.healthequity.exchange.shared.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** {@code /sitemap.xml} and {@code /robots.txt} as a crawler meets them: over HTTP, without signing in. */
class CrawlerIntegrationTest extends IntegrationTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    private CaseStudyFixture caseStudies;

    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theSitemapListsAPublishedCaseStudyWithItsDateButNeverADraft() throws Exception {
        clock.set(Instant.parse("1992-01-10T09:30:15.500Z"));
        long published = caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Mapped"));
        long draft = caseStudies.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Not mapped"))
                .caseStudyId();
        long submitted = caseStudies.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Not yet"));
        SecurityContextHolder.clearContext();

        MockHttpServletResponse response = mvc.perform(get("/sitemap.xml")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/xml");
        List<String[]> urls = urls(response);
        List<String> locations = urls.stream().map(url -> url[0]).toList();
        assertThat(locations).contains("http://localhost:8080/", "http://localhost:8080/case-studies",
                "http://localhost:8080/case-studies/" + published, "http://localhost:8080/webinars",
                "http://localhost:8080/calls", "http://localhost:8080/networks");
        assertThat(locations).doesNotContain("http://localhost:8080/case-studies/" + draft,
                "http://localhost:8080/case-studies/" + submitted);
        assertThat(urls).anySatisfy(url -> assertThat(url).containsExactly(
                "http://localhost:8080/case-studies/" + published, "1992-01-10T09:30:15Z"));
        assertThat(locations).allSatisfy(location -> assertThat(location)
                .doesNotContain("/admin", "/my/", "/account", "/edit"));
    }

    @Test
    void robotsKeepsCrawlersOffSignedInPagesAndPointsToTheSitemap() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/robots.txt")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/plain");
        List<String> lines = response.getContentAsString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("User-agent: *");
        assertThat(lines).contains("Disallow: /admin", "Disallow: /account", "Disallow: /my/", "Allow: /",
                "Sitemap: http://localhost:8080/sitemap.xml");
        assertThat(lines).noneMatch(line -> line.equals("Disallow: /oai") || line.equals("Disallow: /case-studies")
                || line.equals("Disallow: /"));
    }

    private static List<String[]> urls(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.getContentAsByteArray()));
        NodeList nodes = document.getElementsByTagNameNS(SITEMAP, "url");
        List<String[]> urls = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element url = (Element) nodes.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
            urls.add(new String[] {url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent()});
        }
        return urls;
    }
}
