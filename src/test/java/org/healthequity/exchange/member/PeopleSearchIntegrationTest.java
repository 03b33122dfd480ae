package org.healthequity.exchange.member;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * People, institutions and networks in the one search: only people who opted into the directory, each field only for
 * the viewers who may see it (by no door: results, totals, facets, filters, suggestions, "did you mean"), gone when
 * the account is suspended or deleted; member institutions and the networks for everyone.
 */
class PeopleSearchIntegrationTest extends IntegrationTest {

    /** Changes reach the index within a second; the first test may wait for the index built at start-up. */
    private static final Duration SEARCHABLE = Duration.ofSeconds(30);

    @Autowired
    SearchService search;

    @Autowired
    MemberAdministration administration;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    InstitutionAdministration administrationOfInstitutions;

    @Autowired
    UserDetailsService users;

    @Autowired
    People people;

    @Autowired
    ProfileService profiles;

    /** A word no other item holds (letters only, so every analyser keeps it whole). */
    private static String word(String stem) {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return stem + letters.substring(0, Math.min(8, letters.length()));
    }

    /** A HIM member listed in the directory, every field public, with the word in the title; returns the address. */
    private String listedPublicly(String name, String titleWord) {
        String email = people.member(name, Network.HIM);
        people.withProfile(email, f -> People.profile("Analyst of " + titleWord, null, "KE", Set.of(Language.ENGLISH),
                Set.of("THEME:HOUSING"), true, Visibility.PUBLIC));
        return email;
    }

    @Test
    void aPersonWhoOptedOutIsNeverFoundByAnyoneAndIsFoundOnceTheyOptIn() {
        String hidden = word("quillon");
        String surname = word("rahim");
        String hamid = people.member("Hamid " + surname, Network.GKNHE);
        people.withProfile(hamid, f -> People.profile("Officer for " + hidden, null, "AF", Set.of(Language.ARABIC),
                Set.of("SDG:3"), false, Visibility.MEMBERS));
        String reader = people.member("Reader", Network.GKNHE);
        String witness = word("witnessa");
        listedPublicly("Witness " + word("w"), witness);
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(witness)) == 1);

        for (String viewer : new String[] {null, reader, People.SECRETARIAT, hamid}) {
            as(viewer, () -> {
                assertThat(total(hidden) + total(surname)).as("%s finds a person not in the directory", viewer)
                        .isZero();
                assertThat(search.similar(ProfileSearchSource.TYPE, people.id(hamid), 5)).as(viewer).isEmpty();
                assertThat(search.suggest("Hamid " + surname.substring(0, 6), 10)).as(viewer).isEmpty();
                return null;
            });
        }

        people.withProfile(hamid, f -> People.listed(f, true));
        await().atMost(SEARCHABLE).until(() -> as(reader, () -> total(hidden)) == 1);
        assertThat(as(null, () -> total(surname))).as("the public variant, by the name").isEqualTo(1);
        assertThat(as(null, () -> total(hidden))).as("a members-only title").isZero();
        people.withProfile(hamid, f -> People.listed(f, false));
        await().atMost(SEARCHABLE).until(() -> as(reader, () -> total(hidden)) == 0);
        assertThat(as(null, () -> total(surname))).as("every variant goes").isZero();
    }

    @Test
    void aVisitorCannotFindAMembersOnlyFieldByAnyDoorWhileAMemberCanAndEachViewerFindsThePersonOnce() {
        String name = "Ottoline " + word("nym");
        String nameWord = name.substring(name.indexOf(' ') + 1);
        String membersWord = word("membersonly");
        String staffWord = word("staffonly");
        String email = people.member(name, Network.HIM);
        people.withProfile(email, f -> new ProfileForm("Housing analyst " + membersWord, null, "IS",
                "Writes about " + staffWord, true, Visibility.MEMBERS, Visibility.PUBLIC, Visibility.MEMBERS,
                Visibility.PUBLIC, Visibility.MEMBERS, Visibility.SECRETARIAT, Set.of(Language.ENGLISH),
                Set.of("THEME:HOUSING"), Visibility.MEMBERS));
        long id = people.id(email);
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(nameWord)) == 1);

        as(null, () -> {
            SearchResult byName = search.search(request(nameWord, Map.of()));
            assertThat(byName.hits()).extracting(SearchResult.Hit::contentId, SearchResult.Hit::type,
                    SearchResult.Hit::link).containsExactly(tuple(id, "MEMBER",
                            "members/" + id));
            assertThat(byName.hits().getFirst().snippetHtml()).doesNotContain(membersWord, staffWord);
            assertThat(values(byName, ReferenceFacets.COUNTRY)).as("a members-only country").doesNotContain("IS");
            assertThat(values(byName, ReferenceFacets.REGION)).doesNotContain("EUR");
            assertThat(values(byName, ReferenceFacets.THEME)).as("members-only expertise").isEmpty();
            assertThat(values(byName, ReferenceFacets.NETWORK)).containsExactly("HIM");

            SearchResult byHiddenWord = search.search(request(membersWord, Map.of()));
            assertThat(byHiddenWord.total()).isZero();
            assertThat(byHiddenWord.hits()).isEmpty();
            assertThat(byHiddenWord.facets().values()).allMatch(List::isEmpty);
            assertThat(total(staffWord)).isZero();
            assertThat(search.search(request(nameWord, Map.of(ReferenceFacets.COUNTRY, Set.of("IS")))).total())
                    .as("filtering by the hidden country tells it").isZero();
            assertThat(search.search(request(nameWord, Map.of(ReferenceFacets.THEME, Set.of("HOUSING")))).total())
                    .isZero();
            assertThat(search.search(request("", Map.of(FacetDefinition.TYPE, Set.of("MEMBER"),
                    ReferenceFacets.COUNTRY, Set.of("IS")))).hits()).extracting(SearchResult.Hit::contentId)
                    .doesNotContain(id);
            assertThat(search.suggest("Ottoline " + nameWord.substring(0, 4), 10)).containsExactly(name);
            assertThat(search.suggest(membersWord.substring(0, 8), 10)).isEmpty();
            assertThat(search.search(request(membersWord.substring(0, membersWord.length() - 1) + "x", Map.of()))
                    .didYouMean()).isNull();
            return null;
        });

        as(people.member("Colleague", Network.GKNHE), () -> {
            SearchResult byName = search.search(request(nameWord, Map.of()));
            assertThat(byName.total()).as("one result per person, not one per variant").isEqualTo(1);
            assertThat(values(byName, ReferenceFacets.COUNTRY)).containsExactly("IS");
            assertThat(values(byName, ReferenceFacets.THEME)).containsExactly("HOUSING");
            assertThat(search.search(request(membersWord, Map.of())).hits()).extracting(SearchResult.Hit::contentId)
                    .containsExactly(id);
            assertThat(search.search(request(nameWord, Map.of(ReferenceFacets.COUNTRY, Set.of("IS")))).total())
                    .isEqualTo(1);
            assertThat(total(staffWord)).as("a secretariat-only biography").isZero();
            return null;
        });

        as(People.SECRETARIAT, () -> {
            assertThat(total(nameWord)).isEqualTo(1);
            assertThat(search.search(request(staffWord, Map.of())).hits()).extracting(SearchResult.Hit::contentId)
                    .containsExactly(id);
            return null;
        });

        people.withProfile(email, f -> People.titled(f, f.title(), Visibility.PUBLIC));
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(membersWord)) == 1);
    }

    @Test
    void aSuspendedOrDeletedAccountIsGoneFromSearch() {
        String titleWord = word("suspense");
        String email = listedPublicly("Idris " + word("s"), titleWord);
        long id = people.id(email);
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(titleWord)) == 1);

        as(People.SECRETARIAT, () -> {
            administration.setSuspended(id, true);
            return null;
        });
        await().atMost(SEARCHABLE).until(() -> as(People.SECRETARIAT, () -> total(titleWord)) == 0);
        as(People.SECRETARIAT, () -> {
            administration.setSuspended(id, false);
            return null;
        });
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(titleWord)) == 1);

        as(email, () -> {
            deletion.deleteMyAccount(People.PASSWORD);
            return null;
        });
        await().atMost(SEARCHABLE).until(() -> as(People.SECRETARIAT, () -> total(titleWord)) == 0);
    }

    @Test
    void aVisitorFindsMemberInstitutionsAndTheNetworks() {
        String other = word("bureau");
        long notMember = people.institution("Bureau of " + other, "KE", false);
        String institutionWord = word("institute");
        long member = people.institution("Institute of " + institutionWord, "KE", true);
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(institutionWord)) == 1);

        as(null, () -> {
            SearchResult found = search.search(request(institutionWord, Map.of()));
            assertThat(found.hits()).extracting(SearchResult.Hit::type, SearchResult.Hit::link)
                    .containsExactly(tuple("INSTITUTION", "institutions/" + member));
            assertThat(values(found, ReferenceFacets.COUNTRY)).containsExactly("KE");
            assertThat(values(found, ReferenceFacets.REGION)).containsExactly("AFR");
            assertThat(values(found, ReferenceFacets.NETWORK)).containsExactly("HIM");
            assertThat(total(other)).as("an institution of no network").isZero();

            SearchResult networks = search.search(request("Health Inequality Monitoring",
                    Map.of(FacetDefinition.TYPE, Set.of("NETWORK"))));
            assertThat(networks.hits()).as("the six language versions are one result").filteredOn(hit ->
                    hit.link().equals("networks#him")).singleElement().satisfies(hit ->
                    assertThat(hit.alsoIn()).hasSize(Language.values().length - 1));
            SearchResult inFrench = search.search(request("réseau inégalités",
                    Map.of(FacetDefinition.TYPE, Set.of("NETWORK"), FacetDefinition.LANGUAGE, Set.of("fr"))));
            assertThat(inFrench.hits()).extracting(SearchResult.Hit::title)
                    .contains("Réseau de suivi des inégalités en santé");
            return null;
        });
        assertThat(notMember).isNotEqualTo(member);
    }

    @Test
    void renamingAnInstitutionReachesItAndThePeopleWhoNameIt() {
        String before = word("before");
        long institution = people.institution("Centre of " + before, "GH", true);
        String email = people.member("Kwame " + word("k"), Network.HIM);
        people.withProfile(email, f -> People.profile("Statistician", institution, "GH", Set.of(Language.ENGLISH),
                Set.of(), true, Visibility.PUBLIC));
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(before)) == 2);

        String after = word("after");
        as(People.SECRETARIAT, () -> administrationOfInstitutions.save(institution, new InstitutionForm(
                "Centre of " + after, InstitutionType.UNIVERSITY, "GH", null, true)));
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(after)) == 2);
        as(null, () -> {
            assertThat(search.search(request(after, Map.of())).hits()).extracting(SearchResult.Hit::type)
                    .containsExactlyInAnyOrder("INSTITUTION", "MEMBER");
            assertThat(total(before)).isZero();
            return null;
        });
    }

    @Test
    void aListedPersonWhoChangesOrRemovesTheirPhotoIsFoundUnderTheProfilesNewDate() {
        String nameWord = word("portrait");
        String email = listedPublicly("Pia " + nameWord, word("lens"));
        await().atMost(SEARCHABLE).until(() -> as(null, () -> total(nameWord)) == 1);

        clock.advance(Duration.ofHours(3));
        Instant photographed = clock.instant();
        people.withPhoto(email);
        await().atMost(SEARCHABLE).until(() -> as(null, () -> dated(nameWord, photographed)));

        clock.advance(Duration.ofHours(3));
        Instant removed = clock.instant();
        as(email, () -> {
            profiles.removeMyPhoto();
            return null;
        });
        await().atMost(SEARCHABLE).until(() -> as(null, () -> dated(nameWord, removed)));
    }

    /** Whether the one person found by the word is dated at that instant (as the index keeps it, to the millisecond). */
    private boolean dated(String query, Instant at) {
        return search.search(request(query, Map.of())).hits().stream()
                .anyMatch(hit -> hit.publishedAt().toEpochMilli() == at.toEpochMilli());
    }

    private long total(String query) {
        return search.search(request(query, Map.of())).total();
    }

    private static List<String> values(SearchResult result, String facet) {
        return result.facets().getOrDefault(facet, List.of()).stream().map(SearchResult.FacetCount::value).toList();
    }

    private static SearchRequest request(String query, Map<String, Set<String>> filters) {
        return new SearchRequest(query, filters, SearchSort.RELEVANCE, 0, 10);
    }

    /** Runs the steps signed in as the person (nobody for null), then signs out. */
    private <T> T as(@Nullable String email, Supplier<T> steps) {
        if (email == null) {
            SecurityContextHolder.clearContext();
        } else {
            Accounts.signIn(users, email);
        }
        try {
            return steps.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
