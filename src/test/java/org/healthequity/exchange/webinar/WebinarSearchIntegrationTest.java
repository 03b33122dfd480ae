package org.healthequity.exchange.webinar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.healthequity.exchange.webinar.WebinarFixture.GENEVA;

/**
 * Webinars and group meetings in the one search: found by their title, description, agenda and speakers, by the
 * people of their audience and by no one else, and gone when cancelled; an edit is found as edited.
 */
class WebinarSearchIntegrationTest extends IntegrationTest {

    /** Time for the change feed to reach the index (about a tenth of a second; generous on a busy machine). */
    private static final Duration FEED = Duration.ofSeconds(20);
    private static final LocalDateTime START = LocalDateTime.parse("2027-02-16T14:00");

    @Autowired
    WebinarFixture fixture;

    @Autowired
    WorkgroupFixture groups;

    @Autowired
    SearchService search;

    @Autowired
    People people;

    @Autowired
    AccountService accounts;

    @Autowired
    List<SearchSource> sources;

    @BeforeEach
    void atTestsNow() {
        fixture.atTestsNow();
    }

    @Test
    void publicWebinarIsFoundByAnyoneByItsTitleDescriptionAgendaAndSpeakers() {
        String title = word();
        String topic = word();
        String item = word();
        String speaker = word();
        long id = fixture.scheduled(webinar(title + " equity webinar", topic, item, "Dr " + speaker,
                Audience.PUBLIC));

        await().pollInSameThread().atMost(FEED).until(() -> ids(title).contains(id));
        SearchResult found = search.search(request(title));
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo("WEBINAR");
            assertThat(hit.link()).isEqualTo("webinars/" + id);
            assertThat(hit.language()).isEqualTo(Language.ENGLISH.code());
        });
        assertThat(found.facets().get(WebinarSearchSource.SESSION_LANGUAGE)).as("spoken or interpreted")
                .extracting(SearchResult.FacetCount::value).containsExactlyInAnyOrder("en", "fr");
        assertThat(search.search(new SearchRequest(title, Map.of(WebinarSearchSource.SESSION_LANGUAGE,
                Set.of("fr")), SearchSort.RELEVANCE, 0, 10)).total()).as("followed in French").isEqualTo(1);
        assertThat(search.search(new SearchRequest(title, Map.of(WebinarSearchSource.SESSION_LANGUAGE,
                Set.of("ru")), SearchSort.RELEVANCE, 0, 10)).total()).as("not in Russian").isZero();
        assertThat(ids(topic)).as("description").containsExactly(id);
        assertThat(ids(item)).as("agenda").containsExactly(id);
        assertThat(ids(speaker)).as("speaker").containsExactly(id);
        fixture.signIn(fixture.member(null, null, "GKNHE"));
        assertThat(ids(title)).as("a member").containsExactly(id);
    }

    @Test
    void networkWebinarIsFoundByItsMembersOnlyAndLeaksByNoOtherDoor() {
        String title = word();
        long id = fixture.scheduled(webinar(title + " network exchange", word(), word(), "Guest", Audience.HIM));
        String him = fixture.member(null, null, "HIM");
        String gknhe = fixture.member(null, null, "GKNHE");

        fixture.signIn(him);
        await().pollInSameThread().atMost(FEED).until(() -> ids(title).contains(id));
        SearchResult found = search.search(request(title));
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.facets().get(ReferenceFacets.NETWORK)).extracting(SearchResult.FacetCount::value)
                .containsExactly(Network.HIM.name());
        assertThat(search.suggest(title, 5)).hasSize(1);
        String misspelt = title.substring(0, 4) + title.substring(5);
        assertThat(search.search(request(misspelt)).didYouMean()).isEqualTo(title);

        for (String viewer : new @Nullable String[] {null, gknhe}) {
            signInOrOut(viewer);
            String who = viewer == null ? "a visitor" : "a member of the other network";
            SearchResult hidden = search.search(request(title));
            assertThat(hidden.hits()).as(who).isEmpty();
            assertThat(hidden.total()).as(who).isZero();
            assertThat(hidden.facets().getOrDefault(FacetDefinition.TYPE, List.of())).as(who).isEmpty();
            assertThat(search.suggest(title, 5)).as(who).isEmpty();
            assertThat(search.search(request(misspelt)).didYouMean()).as(who).isNull();
            assertThat(search.similar("WEBINAR", id, 5)).as(who).isEmpty();
            assertThat(search.search(new SearchRequest("", Map.of(ReferenceFacets.NETWORK, Set.of("HIM"),
                    FacetDefinition.TYPE, Set.of("WEBINAR")), SearchSort.NEWEST, 0, 100)).hits()).as(who)
                    .extracting(SearchResult.Hit::contentId).doesNotContain(id);
        }
    }

    @Test
    void groupMeetingIsAMeetingOnlyTheGroupMayFind() {
        WorkgroupFixture.LedGroup group = groups.groupLedBy("Mona Lead", "Search circle", Network.GKNHE,
                GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        String title = word();
        long id = fixture.scheduled(webinar(title + " group meeting", word(), word(), "Mona", Audience.GROUP)
                .forGroup(group.id()));

        assertThat(source("MEETING").find(id)).hasValueSatisfying(document -> {
            assertThat(document.type()).isEqualTo("MEETING");
            assertThat(document.visibility()).containsExactly("group:" + group.id());
            assertThat(document.link()).isEqualTo("webinars/" + id);
        });
        assertThat(source("WEBINAR").find(id)).as("not a webinar as well").isEmpty();

        // The feed is applied in order: once a later public webinar is found, the meeting has been indexed too.
        String later = word();
        long marker = fixture.scheduled(webinar(later + " marker", word(), word(), "Guest", Audience.PUBLIC));
        await().pollInSameThread().atMost(FEED).until(() -> ids(later).contains(marker));
        for (String viewer : new @Nullable String[] {null, fixture.member(null, null, "GKNHE")}) {
            signInOrOut(viewer);
            assertThat(search.search(request(title)).total()).as(viewer == null ? "a visitor" : "a non-member")
                    .isZero();
            assertThat(search.suggest(title, 5)).isEmpty();
        }
    }

    @Test
    void cancelledWebinarLeavesSearch() {
        String title = word();
        long id = fixture.scheduled(webinar(title + " to be cancelled", word(), word(), "Guest", Audience.PUBLIC));
        await().pollInSameThread().atMost(FEED).until(() -> ids(title).contains(id));

        fixture.signIn(WebinarFixture.SECRETARIAT);
        fixture.scheduling().cancel(id, EditScope.OCCURRENCE);
        fixture.signOut();

        await().pollInSameThread().atMost(FEED).until(() -> ids(title).isEmpty());
        assertThat(source("WEBINAR").find(id)).isEmpty();
    }

    @Test
    void editedWebinarIsFoundByItsNewTextsOnly() {
        String before = word();
        String after = word();
        long id = fixture.scheduled(webinar(before + " first title", word(), word(), "Guest", Audience.PUBLIC));
        await().pollInSameThread().atMost(FEED).until(() -> ids(before).contains(id));

        fixture.signIn(WebinarFixture.SECRETARIAT);
        EditableWebinar editable = fixture.scheduling().editable(id).orElseThrow();
        fixture.scheduling().update(id, editable.version(), editable.form().withTitle(after + " second title"),
                EditScope.OCCURRENCE);
        fixture.signOut();

        await().pollInSameThread().atMost(FEED).until(() -> ids(after).contains(id));
        assertThat(ids(before)).isEmpty();
    }

    @Test
    void webinarMadeIntoAGroupMeetingIsNoLongerFoundByThePublic() {
        WorkgroupFixture.LedGroup group = groups.groupLedBy("Nils Lead", "Closed circle", Network.HIM,
                GroupVisibility.PRIVATE, JoinPolicy.INVITATION);
        String title = word();
        long id = fixture.scheduled(webinar(title + " moving audience", word(), word(), "Guest", Audience.PUBLIC));
        await().pollInSameThread().atMost(FEED).until(() -> ids(title).contains(id));

        fixture.signIn(WebinarFixture.SECRETARIAT);
        EditableWebinar editable = fixture.scheduling().editable(id).orElseThrow();
        fixture.scheduling().update(id, editable.version(), editable.form().forGroup(group.id()), EditScope.OCCURRENCE);
        fixture.signOut();

        await().pollInSameThread().atMost(FEED).until(() -> ids(title).isEmpty());
        assertThat(source("WEBINAR").find(id)).isEmpty();
        assertThat(source("MEETING").find(id)).hasValueSatisfying(document ->
                assertThat(document.visibility()).containsExactly("group:" + group.id()));
    }

    @Test
    void aMemberSpeakerIsFoundUnderTheNameTheyGoByAfterRenamingThemselves() {
        String before = word();
        String after = word();
        String email = people.withProfile(people.member("Sol " + before, Network.HIM), f -> People.listed(f, true));
        Speaker speaker = new Speaker(people.id(email), "Sol " + before);
        String title = word();
        long id = fixture.scheduled(webinar(title + " with a member speaker", speaker));
        await().pollInSameThread().atMost(FEED).until(() -> webinarIds(before).contains(id));

        fixture.signIn(email);
        accounts.rename("Sol " + after);
        fixture.signOut();

        await().pollInSameThread().atMost(FEED).until(() -> webinarIds(after).contains(id));
        assertThat(webinarIds(before)).isEmpty();
    }

    @Test
    void demoWebinarsAreInSearchWhetherScheduledOrSeededInThePast() {
        assertThat(source("WEBINAR").count()).isPositive();
        assertThat(source("MEETING").count()).isPositive();
        await().pollInSameThread().atMost(FEED).until(() -> search.search(request("\"Launching the World report\"")).hits().stream()
                .anyMatch(hit -> hit.type().equals("WEBINAR")));
        assertThat(search.search(request("\"Intersectoral action on housing and health\"")).hits())
                .extracting(SearchResult.Hit::type).contains("WEBINAR");
    }

    private SearchSource source(String type) {
        return sources.stream().filter(s -> s.type().equals(type)).findFirst().orElseThrow();
    }

    private List<Long> ids(String query) {
        return search.search(request(query)).hits().stream().map(SearchResult.Hit::contentId).toList();
    }

    /** The webinars found by the query (a speaker's own profile is found by their name too). */
    private List<Long> webinarIds(String query) {
        return search.search(request(query)).hits().stream().filter(hit -> hit.type().equals("WEBINAR"))
                .map(SearchResult.Hit::contentId).toList();
    }

    private void signInOrOut(@Nullable String email) {
        if (email == null) {
            fixture.signOut();
        } else {
            fixture.signIn(email);
        }
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }

    /** A word no other test or demo item has: letters only, so every analyser keeps it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static WebinarForm webinar(String title, String topic, String agendaItem, String speaker,
            Audience audience) {
        return webinar(title, topic, agendaItem, new Speaker(null, speaker), audience);
    }

    private static WebinarForm webinar(String title, Speaker speaker) {
        return webinar(title, word(), word(), speaker, Audience.PUBLIC);
    }

    private static WebinarForm webinar(String title, String topic, String agendaItem, Speaker speaker,
            Audience audience) {
        return new WebinarForm(title, "About **" + topic + "** and equity.",
                List.of(new AgendaItem(START.toLocalTime(), "Session on " + agendaItem)),
                List.of(speaker), START, START.plusHours(1), GENEVA,
                "https://meet.example.org/" + UUID.randomUUID(), Set.of(Language.ENGLISH), Set.of(Language.FRENCH),
                audience, null, null, "", null, 0);
    }
}
