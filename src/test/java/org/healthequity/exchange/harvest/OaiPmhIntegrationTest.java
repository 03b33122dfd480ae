package org.healthequity.exchange.harvest;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * OAI-PMH at {@code /oai} as a harvester meets it: over HTTP without signing in, through Spring Security, each
 * response parsed as XML. Each test publishes its case studies at instants of its own (in the 1990s, long before the
 * demo's and other tests' records) and selects them with from/until, so no test depends on another's rows.
 */
class OaiPmhIntegrationTest extends IntegrationTest {

    private static final String REPOSITORY = "oai:localhost:case-study/";

    @Autowired
    private CaseStudyFixture caseStudies;

    @Autowired
    private ModerationQueue queue;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private People people;

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserDetailsService users;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void identifyDescribesTheRepositoryFromItsConfiguration() throws Exception {
        Document identify = oai("verb=Identify");

        assertThat(text(identify, "/oai:OAI-PMH/oai:request")).isEqualTo("http://localhost:8080/oai");
        assertThat(text(identify, "/oai:OAI-PMH/oai:request/@verb")).isEqualTo("Identify");
        assertThat(text(identify, "//oai:Identify/oai:repositoryName")).isEqualTo("Health Equity Exchange");
        assertThat(text(identify, "//oai:Identify/oai:baseURL")).isEqualTo("http://localhost:8080/oai");
        assertThat(text(identify, "//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        assertThat(text(identify, "//oai:Identify/oai:adminEmail")).isEqualTo("secretariat@healthequity.example.org");
        assertThat(text(identify, "//oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
        assertThat(text(identify, "//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(text(identify, "//oai:Identify/oai:earliestDatestamp"))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(text(identify, "/oai:OAI-PMH/oai:responseDate")).isEqualTo(seconds(clock.instant()));
    }

    @Test
    void listMetadataFormatsOffersDublinCoreAndHexWithTheirSchemas() throws Exception {
        clock.set(Instant.parse("1991-01-10T09:00:00Z"));
        long id = published("Formats of a case study");

        for (Document formats : List.of(oai("verb=ListMetadataFormats"),
                oai("verb=ListMetadataFormats&identifier=" + REPOSITORY + id))) {
            assertThat(texts(formats, "//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "hex");
            assertThat(texts(formats, "//oai:metadataFormat/oai:schema")).containsExactly(
                    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://localhost:8080/oai/hex-1.0.xsd");
            assertThat(texts(formats, "//oai:metadataFormat/oai:metadataNamespace")).containsExactly(
                    "http://www.openarchives.org/OAI/2.0/oai_dc/", "urn:healthequity-exchange:hex:1.0");
        }
        MockHttpServletResponse schema = mvc.perform(get("/oai/hex-1.0.xsd")).andReturn().getResponse();
        assertThat(schema.getStatus()).isEqualTo(200);
        assertThat(parse(schema).getDocumentElement().getAttribute("targetNamespace"))
                .isEqualTo("urn:healthequity-exchange:hex:1.0");
    }

    @Test
    void listSetsNamesEveryNetworkThemeAndRegion() throws Exception {
        Document sets = oai("verb=ListSets");

        List<String> specs = texts(sets, "//oai:set/oai:setSpec");
        assertThat(specs).contains("network", "network:GKNHE", "network:HIM", "theme", "theme:HOUSING", "region",
                "region:AFR", "region:WPR");
        assertThat(text(sets, "//oai:set[oai:setSpec='network:GKNHE']/oai:setName"))
                .isEqualTo("Global Knowledge Network for Health Equity");
        assertThat(text(sets, "//oai:set[oai:setSpec='theme:HOUSING']/oai:setName")).isEqualTo("Housing");
        assertThat(text(sets, "//oai:set[oai:setSpec='region:AFR']/oai:setName")).isEqualTo("African Region");
    }

    @Test
    void getRecordInDublinCoreCarriesWhatThePublicPageShows() throws Exception {
        clock.set(Instant.parse("1991-02-10T09:15:30.250Z"));
        long id = published("Healthy homes in Fiji and Tonga");
        String author = jdbc.queryForObject("select display_name from account where email = ?", String.class,
                CaseStudyFixture.AUTHOR);

        Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + id);

        assertThat(text(record, "//oai:record/oai:header/oai:identifier")).isEqualTo(REPOSITORY + id);
        assertThat(text(record, "//oai:record/oai:header/oai:datestamp")).isEqualTo("1991-02-10T09:15:30Z");
        assertThat(texts(record, "//oai:record/oai:header/oai:setSpec"))
                .containsExactly("network:GKNHE", "theme:HOUSING", "region:WPR");
        String dc = "//oai:record/oai:metadata/oai_dc:dc/";
        assertThat(text(record, dc + "dc:title")).isEqualTo("Healthy homes in Fiji and Tonga");
        assertThat(text(record, dc + "dc:title/@xml:lang")).isEqualTo("en");
        assertThat(texts(record, dc + "dc:creator")).containsExactly(author);
        assertThat(texts(record, dc + "dc:subject")).containsExactly("Housing", "SDG target 11.1", "SDG target 3.8");
        assertThat(text(record, dc + "dc:description")).isEqualTo("Healthy housing upgrades in outer islands.");
        assertThat(text(record, dc + "dc:publisher")).isEqualTo("Health Equity Exchange");
        assertThat(text(record, dc + "dc:date")).isEqualTo("1991-02-10");
        assertThat(texts(record, dc + "dc:type")).containsExactly("Text", "case study");
        assertThat(text(record, dc + "dc:identifier")).isEqualTo("http://localhost:8080/case-studies/" + id);
        assertThat(text(record, dc + "dc:language")).isEqualTo("en");
        assertThat(texts(record, dc + "dc:coverage")).containsExactly("Fiji", "Tonga", "Western Pacific Region",
                "2019/2023");
        assertThat(texts(record, dc + "dc:rights")).isEmpty();
        assertThat(texts(record, dc + "dc:relation")).isEmpty();
        assertThat(record.getDocumentElement().getTextContent()).as("the contacts may hold addresses")
                .doesNotContain("housing@health.example").doesNotContain("@example");
    }

    @Test
    void getRecordInHexCarriesEveryPublicFieldAndTheTranslations() throws Exception {
        clock.set(Instant.parse("1991-03-10T10:00:00Z"));
        long original = published("Rich record");
        clock.set(Instant.parse("1991-03-10T11:00:00Z"));
        long french = publishedTranslation(original, "Fiche riche");

        Document record = oai("verb=GetRecord&metadataPrefix=hex&identifier=" + REPOSITORY + original);

        String hex = "//oai:record/oai:metadata/hex:caseStudy";
        assertThat(text(record, hex + "/@id")).isEqualTo(Long.toString(original));
        assertThat(text(record, hex + "/@xsi:schemaLocation")).isEqualTo(
                "urn:healthequity-exchange:hex:1.0 http://localhost:8080/oai/hex-1.0.xsd");
        assertThat(text(record, hex + "/hex:url")).isEqualTo("http://localhost:8080/case-studies/" + original);
        assertThat(text(record, hex + "/hex:title")).isEqualTo("Rich record");
        assertThat(text(record, hex + "/hex:language")).isEqualTo("en");
        assertThat(text(record, hex + "/hex:network")).isEqualTo("GKNHE");
        assertThat(texts(record, hex + "/hex:author")).hasSize(1);
        assertThat(texts(record, hex + "/hex:section/@key")).containsExactly("summary", "objectives", "context",
                "stakeholders", "implementation", "results", "enablingFactors", "sustainability", "lessonsLearned");
        assertThat(text(record, hex + "/hex:section[@key='results']")).isEqualTo("400 homes repaired.");
        assertThat(texts(record, hex + "/hex:country/@code")).containsExactly("FJ", "TO");
        assertThat(texts(record, hex + "/hex:country")).containsExactly("Fiji", "Tonga");
        assertThat(texts(record, hex + "/hex:region/@code")).containsExactly("WPR");
        assertThat(text(record, hex + "/hex:period/@from")).isEqualTo("2019");
        assertThat(text(record, hex + "/hex:period/@to")).isEqualTo("2023");
        assertThat(texts(record, hex + "/hex:theme/@code")).containsExactly("HOUSING");
        assertThat(texts(record, hex + "/hex:dimension")).containsExactly("PLACE_OF_RESIDENCE");
        assertThat(texts(record, hex + "/hex:sdgTarget")).containsExactly("11.1", "3.8");
        assertThat(text(record, hex + "/hex:firstPublished")).isEqualTo("1991-03-10T10:00:00Z");
        assertThat(text(record, hex + "/hex:lastPublished")).isEqualTo("1991-03-10T10:00:00Z");
        assertThat(texts(record, hex + "/hex:translationOf")).isEmpty();
        assertThat(text(record, hex + "/hex:translation")).isEqualTo("Fiche riche");
        assertThat(text(record, hex + "/hex:translation/@language")).isEqualTo("fr");
        assertThat(text(record, hex + "/hex:translation/@url")).isEqualTo("http://localhost:8080/case-studies/" + french);
        assertThat(record.getDocumentElement().getTextContent()).doesNotContain("@example");
        byte[] xsd = mvc.perform(get("/oai/hex-1.0.xsd")).andReturn().getResponse().getContentAsByteArray();
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.newSchema(new StreamSource(new ByteArrayInputStream(xsd))).newValidator().validate(new DOMSource(
                (Node) xpath().evaluate(hex, record, XPathConstants.NODE)));

        Document translation = oai("verb=GetRecord&metadataPrefix=hex&identifier=" + REPOSITORY + french);
        assertThat(text(translation, hex + "/hex:translationOf"))
                .isEqualTo("http://localhost:8080/case-studies/" + original);
        assertThat(text(translation, hex + "/hex:language")).isEqualTo("fr");
        Document dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + original);
        assertThat(texts(dc, "//dc:relation")).containsExactly("http://localhost:8080/case-studies/" + french);
    }

    @Test
    void listsResumeAcrossPagesInDatestampOrderWithTheirSizeAndCursor() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int hour = 1; hour <= 4; hour++) {
            clock.set(Instant.parse("1991-04-10T0" + hour + ":00:00Z"));
            ids.add(published("Paged " + hour));
        }
        clock.set(Instant.parse("1991-04-11T00:00:00Z"));
        String window = "&from=1991-04-10T00:00:00Z&until=1991-04-10T23:59:59Z";

        Document first = oai("verb=ListRecords&metadataPrefix=oai_dc" + window);
        assertThat(texts(first, "//oai:record/oai:header/oai:identifier")).containsExactly(REPOSITORY + ids.get(0),
                REPOSITORY + ids.get(1), REPOSITORY + ids.get(2));
        assertThat(text(first, "//oai:resumptionToken/@completeListSize")).isEqualTo("4");
        assertThat(text(first, "//oai:resumptionToken/@cursor")).isEqualTo("0");
        assertThat(text(first, "//oai:resumptionToken/@expirationDate")).isEqualTo("1991-04-12T00:00:00Z");
        String token = text(first, "//oai:resumptionToken");

        Document second = oai("verb=ListRecords&resumptionToken=" + token);
        assertThat(text(second, "/oai:OAI-PMH/oai:request/@resumptionToken")).isEqualTo(token);
        assertThat(texts(second, "//oai:record/oai:header/oai:identifier")).containsExactly(REPOSITORY + ids.get(3));
        assertThat(texts(second, "//oai:record/oai:metadata/oai_dc:dc/dc:title")).containsExactly("Paged 4");
        assertThat(text(second, "//oai:resumptionToken")).as("the last page's token is empty").isEmpty();
        assertThat(text(second, "//oai:resumptionToken/@completeListSize")).isEqualTo("4");
        assertThat(text(second, "//oai:resumptionToken/@cursor")).isEqualTo("3");

        Document headers = oai("verb=ListIdentifiers&metadataPrefix=hex" + window);
        assertThat(texts(headers, "//oai:header/oai:identifier")).hasSize(3);
        assertThat(texts(headers, "//oai:metadata")).isEmpty();
        Document rest = oai("verb=ListIdentifiers&resumptionToken=" + text(headers, "//oai:resumptionToken"));
        assertThat(texts(rest, "//oai:header/oai:identifier")).containsExactly(REPOSITORY + ids.get(3));
    }

    @Test
    void fromAndUntilSelectByDatestampInSecondsOrDays() throws Exception {
        clock.set(Instant.parse("1991-05-10T08:00:00.400Z"));
        long early = published("Early");
        clock.set(Instant.parse("1991-05-10T17:30:00Z"));
        long late = published("Late");
        clock.set(Instant.parse("1991-05-11T09:00:00Z"));
        long nextDay = published("Next day");

        assertThat(identifiers("&from=1991-05-10&until=1991-05-10")).containsExactly(early, late);
        assertThat(identifiers("&from=1991-05-10T08:00:00Z&until=1991-05-10T08:00:00Z"))
                .as("a datestamp shown as 08:00:00 is within until=08:00:00").containsExactly(early);
        assertThat(identifiers("&from=1991-05-10T08:00:01Z&until=1991-05-11T23:59:59Z")).containsExactly(late,
                nextDay);
        assertThat(identifiers("&from=1991-05-11&until=1991-05-11")).containsExactly(nextDay);
        assertThat(identifiers("&until=1991-05-10T17:29:59Z")).endsWith(early).doesNotContain(late, nextDay);
    }

    @Test
    void aNewTranslationOrAnAuthorsNewNameMovesTheDatestampSoAnIncrementalHarvestFetchesItAgain() throws Exception {
        String author = people.member("Dora Datestamp", Network.GKNHE);
        clock.set(Instant.parse("1991-06-10T10:00:00Z"));
        long original = caseStudies.published(author, CaseStudyFixture.complete("Dated original"));
        SecurityContextHolder.clearContext();
        assertThat(identifiers("&from=1991-06-10&until=1991-06-10")).containsExactly(original);

        clock.set(Instant.parse("1991-06-12T09:00:00Z"));
        long french = publishedTranslation(original, "Original daté");

        assertThat(identifiers("&from=1991-06-11&until=1991-06-12")).as("harvested from the previous harvest's time")
                .containsExactly(original, french);
        Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + original);
        assertThat(text(record, "//oai:header/oai:datestamp")).isEqualTo("1991-06-12T09:00:00Z");
        assertThat(texts(record, "//dc:relation")).containsExactly("http://localhost:8080/case-studies/" + french);
        assertThat(text(record, "//dc:date")).as("still first published on the 10th").isEqualTo("1991-06-10");

        clock.set(Instant.parse("1991-06-14T08:00:00Z"));
        Accounts.signIn(users, author);
        accounts.rename("Dora Renamed");
        SecurityContextHolder.clearContext();

        await().atMost(Duration.ofSeconds(20)).until(() -> identifiers("&from=1991-06-13&until=1991-06-14")
                .equals(List.of(original)));
        Document renamed = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + original);
        assertThat(text(renamed, "//oai:header/oai:datestamp")).isEqualTo("1991-06-14T08:00:00Z");
        assertThat(texts(renamed, "//dc:creator")).containsExactly("Dora Renamed");
    }

    @Test
    void setsSelectByNetworkThemeAndRegion() throws Exception {
        clock.set(Instant.parse("1991-06-10T08:00:00Z"));
        long housing = published("Housing in the Pacific");
        clock.set(Instant.parse("1991-06-10T09:00:00Z"));
        CaseStudyForm him = CaseStudyFixture.complete("Monitoring in Kenya");
        long kenya = caseStudies.published("researcher@example.org", new CaseStudyForm(Network.HIM, him.language(),
                him.title(), him.sections(), List.of("KE"), him.yearFrom(), him.yearTo(), List.of("EDUCATION"),
                him.dimensions(), him.sdgTargets(), him.contacts(), him.links(), List.of()));
        String day = "&from=1991-06-10&until=1991-06-10";

        assertThat(identifiers(day + "&set=network")).containsExactly(housing, kenya);
        assertThat(identifiers(day + "&set=network:GKNHE")).containsExactly(housing);
        assertThat(identifiers(day + "&set=network:HIM")).containsExactly(kenya);
        assertThat(identifiers(day + "&set=theme:EDUCATION")).containsExactly(kenya);
        assertThat(identifiers(day + "&set=region:WPR")).containsExactly(housing);
        assertThat(identifiers(day + "&set=region:AFR")).containsExactly(kenya);
        assertThat(error(oai("verb=ListIdentifiers&metadataPrefix=oai_dc" + day + "&set=region:EUR")))
                .isEqualTo("noRecordsMatch");
        assertThat(error(oai("verb=ListIdentifiers&metadataPrefix=oai_dc" + day + "&set=colour:BLUE")))
                .isEqualTo("noRecordsMatch");
    }

    @Test
    void aRetractedCaseStudyIsHarvestedAsDeletedWithoutItsContent() throws Exception {
        clock.set(Instant.parse("1991-07-10T08:00:00Z"));
        long id = published("Retracted later");
        clock.set(Instant.parse("1991-07-12T10:00:00Z"));
        caseStudies.signIn("researcher@example.org");
        queue.flag("CASE_STUDY", id, "Contains personal data.");
        caseStudies.decide(id, Decision.RETRACT, "Personal data must not be published.");
        SecurityContextHolder.clearContext();

        Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + id);
        assertThat(text(record, "//oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(text(record, "//oai:record/oai:header/oai:datestamp")).isEqualTo("1991-07-12T10:00:00Z");
        assertThat(texts(record, "//oai:record/oai:metadata")).isEmpty();
        assertThat(texts(record, "//oai:record/oai:header/oai:setSpec")).isEmpty();
        assertThat(record.getDocumentElement().getTextContent()).doesNotContain("Retracted later");

        assertThat(identifiers("&from=1991-07-10&until=1991-07-10")).as("it left its publication's day").isEmpty();
        Document deleted = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=1991-07-12&until=1991-07-12"
                + "&set=theme:HOUSING");
        assertThat(texts(deleted, "//oai:header[@status='deleted']/oai:identifier")).containsExactly(REPOSITORY + id);
    }

    @Test
    void aDraftIsNeverHarvestedNorIsItsIdentifierConfirmed() throws Exception {
        clock.set(Instant.parse("1991-08-10T08:00:00Z"));
        long draft = caseStudies.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Secret draft"))
                .caseStudyId();
        clock.set(Instant.parse("1991-08-10T09:00:00Z"));
        long submitted = caseStudies.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Under review"));
        clock.set(Instant.parse("1991-08-10T10:00:00Z"));
        long live = published("Public one");
        SecurityContextHolder.clearContext();

        for (long hidden : List.of(draft, submitted)) {
            for (String verb : List.of("verb=GetRecord&metadataPrefix=oai_dc&identifier=",
                    "verb=ListMetadataFormats&identifier=")) {
                Document answer = oai(verb + REPOSITORY + hidden);
                assertThat(error(answer)).isEqualTo("idDoesNotExist");
                assertThat(answer.getDocumentElement().getTextContent()).doesNotContain("Secret draft",
                        "Under review");
            }
        }
        Document day = oai("verb=ListRecords&metadataPrefix=hex&from=1991-08-10&until=1991-08-10");
        assertThat(texts(day, "//oai:header/oai:identifier")).containsExactly(REPOSITORY + live);
        assertThat(day.getDocumentElement().getTextContent()).doesNotContain("Secret draft", "Under review");
    }

    @Test
    void everyProtocolErrorIsAnsweredWithItsCodeInAValidResponse() throws Exception {
        assertThat(error(oai(""))).isEqualTo("badVerb");
        assertThat(error(oai("verb=Harvest"))).isEqualTo("badVerb");
        assertThat(error(oai("verb=Identify&verb=ListSets"))).isEqualTo("badVerb");
        Document badArgument = oai("verb=Identify&colour=blue");
        assertThat(error(badArgument)).isEqualTo("badArgument");
        assertThat(badArgument.getDocumentElement().getElementsByTagNameNS(OaiXml.OAI, "request").item(0)
                .getAttributes().getLength()).as("no attributes after badArgument").isZero();
        assertThat(error(oai("verb=ListRecords"))).as("metadataPrefix missing").isEqualTo("badArgument");
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc"))).as("identifier missing")
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=hex"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=1991-01-01T00:00Z")))
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=1991-01-01&until=1991-02-01T00:00:00Z")))
                .as("mixed granularities").isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=1991-02-01&until=1991-01-01")))
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc")))
                .as("a token is exclusive").isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=marc21"))).isEqualTo("cannotDisseminateFormat");
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:case-study/1")))
                .isEqualTo("idDoesNotExist");
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + "999999999")))
                .isEqualTo("idDoesNotExist");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=1970-01-01&until=1970-01-02")))
                .isEqualTo("noRecordsMatch");
        assertThat(error(oai("verb=ListSets&resumptionToken=anything"))).isEqualTo("badResumptionToken");
        assertThat(error(oai("verb=ListRecords&resumptionToken=not-a-token"))).isEqualTo("badResumptionToken");
    }

    @Test
    void aTamperedExpiredOrBorrowedResumptionTokenIsRefused() throws Exception {
        for (int hour = 1; hour <= 4; hour++) {
            clock.set(Instant.parse("1991-09-10T0" + hour + ":00:00Z"));
            published("Token " + hour);
        }
        String token = text(oai("verb=ListRecords&metadataPrefix=oai_dc&from=1991-09-10&until=1991-09-10"),
                "//oai:resumptionToken");
        String payload = token.substring(0, token.indexOf('.'));
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(payload),
                java.nio.charset.StandardCharsets.UTF_8);
        String widened = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replace("|1991-09-10", "|1990-01-01").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(error(oai("verb=ListRecords&resumptionToken=" + widened + token.substring(token.indexOf('.')))))
                .isEqualTo("badResumptionToken");
        assertThat(error(oai("verb=ListIdentifiers&resumptionToken=" + token))).as("issued for ListRecords")
                .isEqualTo("badResumptionToken");
        clock.advance(Duration.ofHours(25));
        assertThat(error(oai("verb=ListRecords&resumptionToken=" + token))).isEqualTo("badResumptionToken");
    }

    @Test
    void aFormPostIsAnsweredAsTheSameGetWithoutSigningInOrACsrfToken() throws Exception {
        clock.set(Instant.parse("1991-10-10T08:00:00Z"));
        long id = published("Posted for");

        MockHttpServletResponse response = mvc.perform(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + REPOSITORY + id)).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(parse(response), "//dc:title")).isEqualTo("Posted for");
    }

    // Helpers

    private long published(String title) {
        long id = caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete(title));
        SecurityContextHolder.clearContext();
        return id;
    }

    private long publishedTranslation(long original, String title) {
        CaseStudyForm english = CaseStudyFixture.complete(title);
        CaseStudyForm french = new CaseStudyForm(english.network(), Language.FRENCH, title, english.sections(),
                english.countries(), english.yearFrom(), english.yearTo(), english.themes(), english.dimensions(),
                english.sdgTargets(), "", "", List.of());
        caseStudies.signIn(CaseStudyFixture.AUTHOR);
        org.healthequity.exchange.casestudy.SavedDraft draft = caseStudies.authoring().saveDraft(null, french, -1,
                original);
        long id = draft.caseStudyId();
        caseStudies.authoring().submit(id, draft.version());
        caseStudies.decide(id, Decision.APPROVE, null);
        SecurityContextHolder.clearContext();
        return id;
    }

    private List<Long> identifiers(String arguments) throws Exception {
        Document answer = oai("verb=ListIdentifiers&metadataPrefix=oai_dc" + arguments);
        List<Long> ids = new ArrayList<>();
        while (true) {
            if (error(answer) != null) {
                return ids;
            }
            texts(answer, "//oai:header/oai:identifier").forEach(
                    identifier -> ids.add(Long.parseLong(identifier.substring(REPOSITORY.length()))));
            String token = text(answer, "//oai:resumptionToken");
            if (token.isEmpty()) {
                return ids;
            }
            answer = oai("verb=ListIdentifiers&resumptionToken=" + token);
        }
    }

    private Document oai(String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/oai");
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                request.param(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/xml");
        return parse(response);
    }

    private static Document parse(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static String error(Document answer) throws Exception {
        NodeList errors = answer.getElementsByTagNameNS(OaiXml.OAI, "error");
        return errors.getLength() == 0 ? null : errors.item(0).getAttributes().getNamedItem("code").getNodeValue();
    }

    private static String text(Document document, String path) throws Exception {
        return xpath().evaluate(path, document);
    }

    private static List<String> texts(Document document, String path) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(path, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<String, String> namespaces = Map.of("oai", OaiXml.OAI, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
                "dc", "http://purl.org/dc/elements/1.1/", "hex", "urn:healthequity-exchange:hex:1.0",
                "xsi", OaiXml.XSI, "xml", XMLConstants.XML_NS_URI);
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    }
}
