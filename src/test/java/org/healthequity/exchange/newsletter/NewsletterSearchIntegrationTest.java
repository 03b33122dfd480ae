package org.healthequity.exchange.newsletter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sent newsletters in the one search: found by the members who may read them in the archive, each language version
 * folded into one result, and by no one else; a newsletter not yet sent is not found at all.
 */
class NewsletterSearchIntegrationTest extends IntegrationTest {

    private static final Duration FEED = Duration.ofSeconds(20);

    @Autowired
    NewsletterFixture fixture;

    @Autowired
    SearchService search;

    @Autowired
    People people;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSentNewsletterIsFoundByTheMembersOfItsNetworkAsOneResultWithItsTranslations() {
        String word = word();
        String reader = people.member("Nia Newsreader", Network.HIM);
        long id = fixture.sentNow(word + " bulletin", NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of()));
        fixture.dispatch();

        signIn(reader);
        await().pollInSameThread().atMost(FEED).until(() -> !search.search(request(word)).hits().isEmpty());
        SearchResult found = search.search(request(word));
        assertThat(found.total()).as("the English and French versions are one result").isEqualTo(1);
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(NewsletterSearchSource.TYPE);
            assertThat(hit.contentId()).isEqualTo(id);
            assertThat(hit.link()).isEqualTo("newsletters/" + id);
            assertThat(hit.language()).isEqualTo(Language.ENGLISH.code());
            assertThat(hit.alsoIn()).extracting(SearchResult.Translation::language).containsExactly("fr");
        });
        assertThat(found.facets().get(FacetDefinition.TYPE)).extracting(SearchResult.FacetCount::value)
                .containsExactly(NewsletterSearchSource.TYPE);
        signIn(People.SECRETARIAT);
        assertThat(ids(word)).as("the staff read every newsletter").containsExactly(id);
    }

    @Test
    void aNewsletterOfOneNetworkLeaksToNoOneOutsideIt() {
        String word = word();
        String other = people.member("Omar Othernet", Network.GKNHE);
        long id = fixture.sentNow(word + " bulletin", NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of()));
        fixture.dispatch();
        signIn(People.SECRETARIAT);
        await().pollInSameThread().atMost(FEED).until(() -> ids(word).contains(id));

        for (@Nullable String viewer : new @Nullable String[] {null, other}) {
            signInOrOut(viewer);
            String who = viewer == null ? "a visitor" : "a member of the other network";
            SearchResult hidden = search.search(request(word));
            assertThat(hidden.hits()).as(who).isEmpty();
            assertThat(hidden.total()).as(who).isZero();
            assertThat(search.suggest(word, 5)).as(who).isEmpty();
            assertThat(search.search(new SearchRequest("", Map.of(FacetDefinition.TYPE,
                    Set.of(NewsletterSearchSource.TYPE)), SearchSort.NEWEST, 0, 100)).hits()).as(who)
                    .extracting(SearchResult.Hit::contentId).doesNotContain(id);
        }
    }

    @Test
    void aNewsletterGoneToEveryNetworkIsFoundByAnyMemberButNotByAVisitor() {
        String word = word();
        String member = people.member("Gia Gknmember", Network.GKNHE);
        long id = fixture.sentNow(word + " bulletin", NewsletterFixture.inCountries(Set.of(), Set.of()));
        fixture.dispatch();

        signIn(member);
        await().pollInSameThread().atMost(FEED).until(() -> ids(word).contains(id));
        signInOrOut(null);
        assertThat(ids(word)).isEmpty();
    }

    @Test
    void aDraftIsNotFoundUntilItIsSent() {
        String word = word();
        EditableNewsletter draft = fixture.draft(word + " bulletin",
                NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of()));
        String published = word();
        long sent = fixture.sentNow(published + " bulletin",
                NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of()));
        fixture.dispatch();

        signIn(People.SECRETARIAT);
        await().pollInSameThread().atMost(FEED).until(() -> ids(published).contains(sent));
        assertThat(ids(word)).as("the draft, written before the other was sent").doesNotContain(draft.id());
    }

    private List<Long> ids(String query) {
        return search.search(request(query)).hits().stream().map(SearchResult.Hit::contentId).toList();
    }

    private void signIn(String email) {
        SecurityContextHolder.clearContext();
        Accounts.signIn(users, email);
    }

    private void signInOrOut(@Nullable String email) {
        if (email == null) {
            SecurityContextHolder.clearContext();
        } else {
            signIn(email);
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
}
