package org.healthequity.exchange.casestudy;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A published case study cited by a reference manager that is not signed in, in BibTeX, RIS and CSL-JSON. */
class CaseStudyCitationsIntegrationTest extends IntegrationTest {

    private static final String TITLE = "Housing & health: 50% {fewer} $costs_#1 ~ ^ \\ done";
    private static final String AUTHOR_NAME = "Zoë Ñúñez-O’Brien";

    @Autowired
    CaseStudyFixture fixture;

    @Autowired
    CaseStudyIdentifiers identifiers;

    @Autowired
    People people;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private long id;
    private int year;

    @BeforeEach
    void aPublishedCaseStudyWithADoi() {
        inAnHourOfItsOwn();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String author = people.member(AUTHOR_NAME, Network.GKNHE);
        id = fixture.published(author, CaseStudyFixture.complete(TITLE));
        fixture.signIn(CaseStudyFixture.SECRETARIAT);
        identifiers.setDoi(id, new DoiForm("https://doi.org/10.5555/HEE.Case-" + id));
        SecurityContextHolder.clearContext();
        year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    @Test
    void bibtexEscapesTexSpecialCharactersAndNamesTheCaseStudy() throws Exception {
        MockHttpServletResponse response = fetch("bib");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/x-bibtex");
        assertThat(response.getHeader("Content-Disposition")).contains("hee-case-study-" + id + ".bib");
        String bib = response.getContentAsString();
        assertThat(bib).startsWith("@techreport{hee-case-study-" + id + ",")
                .contains("title = {{Housing \\& health: 50\\% \\{fewer\\} \\$costs\\_\\#1 \\textasciitilde{}"
                        + " \\textasciicircum{} \\textbackslash{} done}}")
                .contains("author = {{" + AUTHOR_NAME + "}}")
                .contains("year = {" + year + "}")
                .contains("institution = {World Health Organization — Global Knowledge Network for Health Equity}")
                .contains("url = {http://localhost:8080/case-studies/" + id + "}")
                .contains("doi = {10.5555/hee.case-" + id + "}")
                .contains("langid = {en}")
                .contains("abstract = {Healthy housing upgrades in outer islands.}")
                .contains("keywords = {Housing}")
                .endsWith("}\n");
        assertThat(bib.chars().filter(c -> c == '{').count() - count(bib, "\\{"))
                .as("braces balance once the escaped ones are left out")
                .isEqualTo(bib.chars().filter(c -> c == '}').count() - count(bib, "\\}"));
    }

    @Test
    void risWritesOneTaggedLinePerFieldFromTyToEr() throws Exception {
        MockHttpServletResponse response = fetch("ris");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/x-research-info-systems");
        String ris = response.getContentAsString();
        assertThat(ris).endsWith("ER  - \r\n");
        List<String> lines = Arrays.asList(ris.split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("TY  - RPRT");
        assertThat(lines.getLast()).isEqualTo("ER  - ");
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("[A-Z][A-Z0-9]  - .*"));
        assertThat(lines).contains("TI  - " + TITLE, "AU  - " + AUTHOR_NAME, "PY  - " + year,
                "PB  - World Health Organization — Global Knowledge Network for Health Equity",
                "UR  - http://localhost:8080/case-studies/" + id, "DO  - 10.5555/hee.case-" + id, "LA  - en",
                "AB  - Healthy housing upgrades in outer islands.", "KW  - Housing");
    }

    @Test
    void cslJsonIsOneReportItemOfTheCslSchema() throws Exception {
        MockHttpServletResponse response = fetch("json");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.citationstyles.csl+json");
        JsonNode items = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.get("type").asString()).isEqualTo("report");
        assertThat(item.get("title").asString()).isEqualTo(TITLE);
        assertThat(item.get("author").get(0).get("literal").asString()).isEqualTo(AUTHOR_NAME);
        assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(year);
        assertThat(item.get("URL").asString()).isEqualTo("http://localhost:8080/case-studies/" + id);
        assertThat(item.get("DOI").asString()).isEqualTo("10.5555/hee.case-" + id);
        assertThat(item.get("language").asString()).isEqualTo("en");
        assertThat(item.get("abstract").asString()).isEqualTo("Healthy housing upgrades in outer islands.");
        assertThat(item.get("publisher").asString())
                .isEqualTo("World Health Organization — Global Knowledge Network for Health Equity");
        assertThat(item.get("keyword").asString()).isEqualTo("Housing");
    }

    @Test
    void aCaseStudyWithoutDoiIsCitedWithoutOne() throws Exception {
        fixture.signIn(CaseStudyFixture.SECRETARIAT);
        identifiers.setDoi(id, new DoiForm(" "));
        SecurityContextHolder.clearContext();

        assertThat(fetch("bib").getContentAsString()).doesNotContain("doi =");
        assertThat(fetch("ris").getContentAsString()).doesNotContain("DO  -");
        assertThat(fetch("json").getContentAsString()).doesNotContain("\"DOI\"");
    }

    private MockHttpServletResponse fetch(String extension) throws Exception {
        return mvc.perform(get("/case-studies/" + id + "/cite." + extension)).andReturn().getResponse();
    }

    private static long count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
