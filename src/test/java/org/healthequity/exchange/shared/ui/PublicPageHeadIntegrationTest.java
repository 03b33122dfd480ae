package org.healthequity.exchange.shared.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyIdentifiers;
import org.healthequity.exchange.casestudy.DoiForm;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.RunningNode;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages as a crawler or a link preview receives them: plain HTTP, no JavaScript, only the bootstrap page's head.
 * The portal runs as a second node on a real port, against the test database, so that Vaadin's servlet serves it.
 */
class PublicPageHeadIntegrationTest extends IntegrationTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    @RegisterExtension
    static final RunningNode node = RunningNode.named("head-node");

    @Autowired
    CaseStudyFixture caseStudies;

    @Autowired
    CaseStudyIdentifiers identifiers;

    @Autowired
    WebinarFixture webinars;

    @Autowired
    OpenCallFixture calls;

    @Autowired
    List<PageMetadata> metadata;

    private final HttpClient http = HttpClient.newHttpClient();
    private String tag = "";

    @BeforeEach
    void eachTestOwnsItsTag() {
        inAnHourOfItsOwn();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void publishedCaseStudyPageCarriesOpenGraphDublinCoreAndJsonLdWithoutJavaScript() throws Exception {
        long id = caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Head <b>\"" + tag + "\""));
        caseStudies.signIn(CaseStudyFixture.SECRETARIAT);
        identifiers.setDoi(id, new DoiForm("10.5555/head-" + tag));
        SecurityContextHolder.clearContext();
        String title = "Head <b>\"" + tag + "\"";

        Document page = page("/case-studies/" + id);

        Element head = page.head();
        assertThat(meta(head, "property", "og:title")).isEqualTo(title);
        assertThat(meta(head, "property", "og:description")).isEqualTo("Healthy housing upgrades in outer islands.");
        assertThat(meta(head, "property", "og:url")).isEqualTo("http://localhost:8080/case-studies/" + id);
        assertThat(meta(head, "property", "og:type")).isEqualTo("article");
        assertThat(meta(head, "property", "og:site_name")).isEqualTo("Health Equity Exchange");
        assertThat(meta(head, "name", "DC.title")).isEqualTo(title);
        assertThat(meta(head, "name", "DC.creator")).isNotBlank();
        assertThat(meta(head, "name", "DC.date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(meta(head, "name", "DC.language")).isEqualTo("en");
        assertThat(head.select("meta[name=DC.identifier]")).extracting(e -> e.attr("content"))
                .contains("http://localhost:8080/case-studies/" + id, "https://doi.org/10.5555/head-" + tag);
        assertThat(head.select("script").outerHtml()).doesNotContain("<b>");
        JsonNode report = jsonLd(head);
        assertThat(report.get("@type").asString()).isEqualTo("Report");
        assertThat(report.get("name").asString()).isEqualTo(title);
        assertThat(report.get("author").get(0).get("name").asString()).isNotBlank();
        assertThat(report.get("datePublished").asString()).isNotBlank();
        assertThat(report.get("dateModified").asString()).isNotBlank();
        assertThat(report.get("inLanguage").asString()).isEqualTo("en");
        assertThat(report.get("keywords").asString()).contains("Housing");
        assertThat(report.get("spatialCoverage").get(0).get("name").asString()).isEqualTo("Fiji");
        assertThat(report.get("identifier").get("value").asString()).isEqualTo("10.5555/head-" + tag);
        assertThat(report.get("publisher").get("name").asString()).startsWith("World Health Organization — ");
        assertThat(atomLinks(head)).contains("http://localhost:8080/feeds/case-studies.atom");
    }

    @Test
    void publicWebinarPageCarriesAnOnlineEventWithOffsetTimes() throws Exception {
        long id = webinars.scheduled(WebinarFixture.form("Head webinar " + tag,
                LocalDateTime.parse("2031-02-01T10:00"), NAIROBI));

        Element head = page("/webinars/" + id).head();

        assertThat(meta(head, "property", "og:title")).isEqualTo("Head webinar " + tag);
        assertThat(meta(head, "name", "DC.title")).isEqualTo("Head webinar " + tag);
        JsonNode event = jsonLd(head);
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("startDate").asString()).isEqualTo("2031-02-01T10:00:00+03:00");
        assertThat(event.get("endDate").asString()).isEqualTo("2031-02-01T11:00:00+03:00");
        assertThat(event.get("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.get("location").get("@type").asString()).isEqualTo("VirtualLocation");
        assertThat(event.get("location").get("url").asString()).isEqualTo("http://localhost:8080/webinars/" + id);
        assertThat(event.get("organizer").get("name").asString()).isEqualTo("World Health Organization");
        assertThat(event.get("inLanguage").get(0).asString()).isEqualTo("en");
        assertThat(head.html()).doesNotContain("example.org/join");
    }

    @Test
    void listPagesOfferTheirAtomFeeds() throws Exception {
        assertThat(atomLinks(page("/case-studies").head())).containsExactly(
                "http://localhost:8080/feeds/case-studies.atom");
        assertThat(atomLinks(page("/webinars").head())).containsExactly("http://localhost:8080/feeds/webinars.atom");
        assertThat(atomLinks(page("/calls").head())).containsExactly("http://localhost:8080/feeds/calls.atom");
    }

    @Test
    void citationsAndFeedsAreServedOverHttpWithoutSigningIn() throws Exception {
        long id = caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Served " + tag));

        HttpResponse<String> bib = get("/case-studies/" + id + "/cite.bib");
        assertThat(bib.statusCode()).isEqualTo(200);
        assertThat(bib.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/x-bibtex"));
        assertThat(bib.body()).contains("Served " + tag);
        for (String feed : new String[] { "case-studies", "webinars", "calls" }) {
            HttpResponse<String> atom = get("/feeds/" + feed + ".atom");
            assertThat(atom.statusCode()).as(feed).isEqualTo(200);
            assertThat(atom.headers().firstValue("Content-Type")).as(feed).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/atom+xml"));
        }
    }

    @Test
    void draftOrSubmittedCaseStudysTitleNeverReachesTheHead() throws Exception {
        long draft = caseStudies.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Secret draft " + tag))
                .caseStudyId();
        long submitted = caseStudies.submitted(CaseStudyFixture.AUTHOR,
                CaseStudyFixture.complete("Secret submission " + tag));
        SecurityContextHolder.clearContext();

        assertThat(page("/case-studies/" + draft).head().html()).doesNotContain(tag);
        assertThat(page("/case-studies/" + submitted).head().html()).doesNotContain(tag);
        // Nor when the metadata is asked for while the author is signed in: it describes public items only.
        caseStudies.signIn(CaseStudyFixture.AUTHOR);
        assertThat(metadata).allSatisfy(source -> assertThat(source.describe("case-studies/" + draft,
                Language.ENGLISH)).isEmpty());
    }

    @Test
    void publicCallPageCarriesOpenGraphDublinCoreAndJsonLdWithItsDeadline() throws Exception {
        long id = calls.open(OpenCallFixture.nextCycle(), "Head call " + tag);

        Element head = page("/calls/" + id).head();

        assertThat(meta(head, "property", "og:title")).isEqualTo("Head call " + tag);
        assertThat(meta(head, "property", "og:description")).isEqualTo("A call.");
        assertThat(meta(head, "property", "og:url")).isEqualTo("http://localhost:8080/calls/" + id);
        assertThat(meta(head, "property", "og:type")).isEqualTo("website");
        assertThat(meta(head, "name", "DC.title")).isEqualTo("Head call " + tag);
        assertThat(meta(head, "name", "DC.identifier")).isEqualTo("http://localhost:8080/calls/" + id);
        assertThat(meta(head, "name", "DC.date")).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode work = jsonLd(head);
        assertThat(work.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(work.get("name").asString()).isEqualTo("Head call " + tag);
        assertThat(work.get("url").asString()).isEqualTo("http://localhost:8080/calls/" + id);
        assertThat(work.get("expires").asString()).matches("\\d{4}-\\d{2}-\\d{2}T12:\\d{2}:00\\+0[12]:00");
        assertThat(work.get("sourceOrganization").get("name").asString())
                .isEqualTo("Health Inequality Monitoring Network");
        assertThat(work.get("publisher").get("name").asString()).isEqualTo("World Health Organization");
        assertThat(atomLinks(head)).contains("http://localhost:8080/feeds/calls.atom");
    }

    @Test
    void draftCallsTitleNeverReachesTheHeadEvenForTheSecretariat() throws Exception {
        long draft = calls.draft(OpenCallFixture.nextCycle(), "Draft call " + tag);

        assertThat(get("/calls/" + draft).body()).doesNotContain(tag);
        calls.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(metadata).allSatisfy(source -> assertThat(source.describe("calls/" + draft,
                Language.ENGLISH)).isEmpty());
        SecurityContextHolder.clearContext();
    }

    @Test
    void networkWebinarsTitleNeverReachesTheHead() throws Exception {
        long him = webinars.scheduled(WebinarFixture.withAudience(WebinarFixture.form("Members only " + tag,
                LocalDateTime.parse("2031-02-02T10:00"), NAIROBI), Audience.HIM));

        assertThat(page("/webinars/" + him).head().html()).doesNotContain(tag);
        webinars.signIn(WebinarFixture.SECRETARIAT);
        assertThat(metadata).allSatisfy(source -> assertThat(source.describe("webinars/" + him,
                Language.ENGLISH)).isEmpty());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String meta(Element head, String attribute, String name) {
        Element meta = head.selectFirst("meta[" + attribute + "=" + name + "]");
        assertThat(meta).as(name).isNotNull();
        return meta.attr("content");
    }

    private static JsonNode jsonLd(Element head) {
        Element script = head.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        return JsonMapper.builder().build().readTree(script.data());
    }

    private static List<String> atomLinks(Element head) {
        return head.select("link[rel=alternate][type=application/atom+xml]").stream().map(e -> e.attr("href"))
                .toList();
    }
}
