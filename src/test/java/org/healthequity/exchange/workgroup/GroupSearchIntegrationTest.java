package org.healthequity.exchange.workgroup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.QueueFilter;
import org.healthequity.exchange.moderation.QueueItem;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.WordDocuments;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Threads, replies and documents of working groups in the one search: each found by exactly those who may read its
 * group (a visitor, a member of another network, a non-member of the group's network, a member, the secretariat), and
 * gone from search as soon as it is deleted, retracted or replaced; never counted, faceted or suggested to anyone else.
 */
class GroupSearchIntegrationTest extends IntegrationTest {

    /** Long enough for the first test to wait for the index's start-up rebuild. */
    private static final Duration FIRST_APPEARANCE = Duration.ofSeconds(120);
    /** Deleted and retracted content leaves search within a second. */
    private static final Duration GONE = Duration.ofSeconds(1);

    @Autowired
    SearchService search;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    GroupDocuments documents;

    @Autowired
    WorkingGroups groups;

    @Autowired
    ModerationQueue queue;

    @Autowired
    List<SearchSource> sources;

    @Autowired
    private WorkgroupFixture fixture;

    private String otherNetwork;

    @BeforeEach
    void setUp() {
        otherNetwork = fixture.person("Gita Othernet", Network.GKNHE);
    }

    @Test
    void publicGroupContentIsFoundByEveryone() {
        Items items = itemsOfANewGroup(GroupVisibility.PUBLIC);

        items.foundBy(items.circle.member(), items.circle.outsider(), otherNetwork,
                WorkgroupFixture.SECRETARIAT, VISITOR);
    }

    @Test
    void networkGroupContentIsFoundByTheNetworkAndTheGroupOnly() {
        Items items = itemsOfANewGroup(GroupVisibility.NETWORK);

        items.foundBy(items.circle.member(), items.circle.outsider(), WorkgroupFixture.SECRETARIAT);
        items.notFoundBy(VISITOR, otherNetwork);
    }

    @Test
    void privateGroupContentIsFoundByItsMembersAndTheSecretariatOnly() {
        Items items = itemsOfANewGroup(GroupVisibility.PRIVATE);

        items.foundBy(items.circle.member(), items.circle.lead(), WorkgroupFixture.SECRETARIAT);
        items.notFoundBy(VISITOR, otherNetwork, items.circle.outsider());
    }

    @Test
    void privateContentNeverLeaksThroughCountsFacetsSuggestionsSimilarItemsOrDidYouMean() {
        Items items = itemsOfANewGroup(GroupVisibility.PRIVATE);
        items.foundBy(items.circle.member());
        String prefix = items.word.substring(0, 8);
        // One letter changed in the middle: without its last letter the word could stem to the very same term
        // ("…s" and "…" are one word to the English analyser), found rather than corrected.
        String misspelt = items.word.substring(0, 5) + (items.word.charAt(5) == 'x' ? 'y' : 'x')
                + items.word.substring(6);
        assertThat(search.suggest(prefix, 10)).as("a member").isNotEmpty();
        assertThat(search.search(request(misspelt, Map.of())).didYouMean()).as("a member").isNotNull();
        assertThat(search.search(request(items.word, Map.of())).facets().get(FacetDefinition.TYPE))
                .as("a member").isNotEmpty();

        for (String stranger : new String[] {VISITOR, otherNetwork, items.circle.outsider()}) {
            as(stranger);
            String who = String.valueOf(stranger);
            SearchResult result = search.search(request(items.word, Map.of()));
            assertThat(result.total()).as(who).isZero();
            assertThat(result.facets().values()).as(who).allSatisfy(counts -> assertThat(counts).isEmpty());
            assertThat(search.search(request(items.word, Map.of(ReferenceFacets.NETWORK,
                    Set.of(Network.HIM.name())))).total()).as(who).isZero();
            assertThat(search.suggest(prefix, 10)).as(who).isEmpty();
            assertThat(search.search(request(misspelt, Map.of())).didYouMean()).as(who).isNull();
            assertThat(search.similar(GroupSearchRows.THREAD, items.thread, 5)).as(who).isEmpty();
            assertThat(search.similar(GroupSearchRows.DOCUMENT, items.document, 5)).as(who).isEmpty();
        }
    }

    @Test
    void resultsLinkToTheThreadThePostInItsThreadAndTheDocumentsVersions() {
        Items items = itemsOfANewGroup(GroupVisibility.PUBLIC);
        String slug = fixture.slug(items.circle.group());

        as(VISITOR);
        List<SearchResult.Hit> hits = awaitHits(items.word, 3, FIRST_APPEARANCE);
        assertThat(hits).extracting(SearchResult.Hit::type, SearchResult.Hit::link).containsExactlyInAnyOrder(
                tuple(GroupSearchRows.THREAD, "groups/" + slug + "?thread=" + items.thread),
                tuple(GroupSearchRows.POST, "groups/" + slug + "?thread=" + items.thread + "&post=" + items.reply),
                tuple(GroupSearchRows.DOCUMENT, "groups/" + slug + "?document=" + items.document));
        SearchResult byNetwork = search.search(request(items.word, Map.of(ReferenceFacets.NETWORK,
                Set.of(Network.HIM.name()))));
        assertThat(byNetwork.total()).as("filtered by the group's network").isEqualTo(3);
        assertThat(search.search(request(items.word, Map.of(ReferenceFacets.NETWORK,
                Set.of(Network.GKNHE.name())))).total()).as("another network").isZero();
    }

    @Test
    void aRetractedReplyAndADeletedThreadWithItsRepliesLeaveSearchWithinASecond() {
        Items items = itemsOfANewGroup(GroupVisibility.PUBLIC);
        as(items.circle.member());
        awaitHits(items.word, 3, FIRST_APPEARANCE);
        String replyWord = word();
        long secondReply = discussions.reply(items.thread, "Another reply about " + replyWord);
        awaitHits(replyWord, 1, FIRST_APPEARANCE);

        fixture.signIn(items.circle.outsider());
        discussions.flag(items.reply, "Off topic");
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        QueueItem flagged = queue.page(QueueFilter.open(), 0, 500).stream()
                .filter(i -> i.type().equals(GroupDiscussions.MODERATION_TYPE) && i.contentId() == items.reply)
                .findFirst().orElseThrow();
        queue.decide(flagged.id(), Decision.RETRACT, "Off topic");
        as(items.circle.member());
        awaitKeys(items.word, GONE, key(GroupSearchRows.THREAD, items.thread),
                key(GroupSearchRows.DOCUMENT, items.document));

        long openingPost = discussions.thread(items.thread).orElseThrow().posts().getFirst().id();
        discussions.delete(openingPost);
        // The thread and each of its replies are separate rows of the change feed, applied in order while the index
        // refreshes on its own: the thread may leave a moment before its replies; all of them leave within the second.
        Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(GONE).untilAsserted(() -> {
            assertThat(keys(items.word)).containsExactly(key(GroupSearchRows.DOCUMENT, items.document));
            assertThat(keys(replyWord)).as("the replies of a deleted thread, %d among them", secondReply).isEmpty();
        });
    }

    @Test
    void aDocumentIsFoundByItsLatestVersionsTextOnlyAndNotAfterItIsDeleted() {
        WorkgroupFixture.Circle circle = fixture.circle("Papers", Network.HIM, GroupVisibility.PRIVATE,
                "Lena Lead", "Mara Member", "Otto Outsider");
        String first = word();
        String second = word();
        fixture.signIn(circle.member());
        long document = documents.upload(circle.group(), "Workplan", "Drafts", "workplan.pdf",
                pdf("Workplan", "The first draft speaks of " + first + " in district clinics."));
        awaitKeys(first, FIRST_APPEARANCE, key(GroupSearchRows.DOCUMENT, document));

        documents.uploadVersion(document, "workplan-2.pdf", pdf("Workplan",
                "The second draft speaks of " + second + " instead."));
        awaitKeys(second, FIRST_APPEARANCE, key(GroupSearchRows.DOCUMENT, document));
        assertThat(keys(first)).as("the earlier version's text").isEmpty();

        documents.delete(document);
        awaitKeys(second, GONE);
    }

    @Test
    void aWordDocumentIsFoundByItsText() {
        WorkgroupFixture.Circle circle = fixture.circle("Word papers", Network.GKNHE, GroupVisibility.PRIVATE,
                "Wanda Lead", "Walt Member", "Wim Outsider");
        String word = word();
        fixture.signIn(circle.member());
        long document = documents.upload(circle.group(), "Minutes", "", "minutes.docx",
                WordDocuments.docx("Minutes of the March call", "We agreed on " + word + " for the survey."));

        awaitKeys(word, FIRST_APPEARANCE, key(GroupSearchRows.DOCUMENT, document));
        fixture.signIn(circle.outsider());
        assertThat(keys(word)).isEmpty();
    }

    @Test
    void archivingANetworkGroupLeavesItsContentToItsMembersAndTheSecretariat() {
        Items items = itemsOfANewGroup(GroupVisibility.NETWORK);
        items.foundBy(items.circle.outsider());

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.archive(items.circle.group());
        as(items.circle.outsider());
        awaitKeys(items.word, FIRST_APPEARANCE);
        items.foundBy(items.circle.member(), WorkgroupFixture.SECRETARIAT);
        items.notFoundBy(items.circle.outsider(), VISITOR, otherNetwork);
    }

    @Test
    void aLeaverNoLongerFindsAPrivateGroupsContent() {
        Items items = itemsOfANewGroup(GroupVisibility.PRIVATE);
        items.foundBy(items.circle.member());

        fixture.signIn(items.circle.member());
        fixture.membership().leave(items.circle.group());
        items.foundBy(items.circle.lead());
        items.notFoundBy(items.circle.member());
    }

    @Test
    void theGroupSourcesCountWhatTheyHandToTheIndex() {
        itemsOfANewGroup(GroupVisibility.PRIVATE);
        for (SearchSource source : sources) {
            if (Set.of(GroupSearchRows.THREAD, GroupSearchRows.POST, GroupSearchRows.DOCUMENT)
                    .contains(source.type())) {
                List<SearchDocument> streamed = new ArrayList<>();
                source.forEach(streamed::add);
                assertThat(streamed).as(source.type()).hasSize((int) source.count()).isNotEmpty();
            }
        }
    }

    @Test
    void aThreadWrittenInFrenchIsSearchedAndFacetedAsFrench() {
        WorkgroupFixture.Circle circle = fixture.circle("Francophone", Network.GKNHE, GroupVisibility.PUBLIC,
                "Lou Lead", "Luc Member", "Lise Outsider");
        String word = word();
        fixture.signIn(circle.member());
        long thread = discussions.start(circle.group(), "Les cliniques de nuit " + word,
                "Nous avons ouvert les cliniques dans les districts pour les travailleurs de nuit.");
        fixture.signOut();

        awaitKeys(word, FIRST_APPEARANCE, key(GroupSearchRows.THREAD, thread));
        assertThat(search.search(request(word, Map.of())).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.language()).isEqualTo("fr"));
        assertThat(search.search(request(word + " clinique", Map.of(FacetDefinition.LANGUAGE, Set.of("fr"))))
                .total()).as("French stemming: clinique finds cliniques").isEqualTo(1);
    }

    // Helpers

    private static final @Nullable String VISITOR = null;

    /** A thread, a reply and a document, all naming one word of their own, in a new group of this visibility. */
    private Items itemsOfANewGroup(GroupVisibility visibility) {
        WorkgroupFixture.Circle circle = fixture.circle("Searchable " + visibility, Network.HIM, visibility,
                "Lea Lead", "Milo Member", "Olga Outsider");
        String word = word();
        fixture.signIn(circle.member());
        long thread = discussions.start(circle.group(), "Clinic hours and " + word, "How do your clinics open?");
        long reply = discussions.reply(thread, "Ours open at night, see the " + word + " survey.");
        long document = documents.upload(circle.group(), "Survey of " + word, "", "survey.pdf",
                pdf("Survey", "Opening hours of district clinics."));
        fixture.signOut();
        return new Items(circle, word, thread, reply, document);
    }

    private final class Items {

        final WorkgroupFixture.Circle circle;
        final String word;
        final long thread;
        final long reply;
        final long document;

        Items(WorkgroupFixture.Circle circle, String word, long thread, long reply, long document) {
            this.circle = circle;
            this.word = word;
            this.thread = thread;
            this.reply = reply;
            this.document = document;
        }

        /** Each of these viewers finds the three items (waiting for the index to have them). */
        void foundBy(@Nullable String... finders) {
            for (String finder : finders) {
                as(finder);
                awaitKeys(word, FIRST_APPEARANCE, key(GroupSearchRows.THREAD, thread),
                        key(GroupSearchRows.POST, reply), key(GroupSearchRows.DOCUMENT, document));
                assertThat(search.search(request(word, Map.of())).total()).as(String.valueOf(finder)).isEqualTo(3);
            }
        }

        /** None of these viewers finds any of the items (call after {@link #foundBy}: the index has them). */
        void notFoundBy(@Nullable String... strangers) {
            for (String stranger : strangers) {
                as(stranger);
                SearchResult result = search.search(request(word, Map.of()));
                assertThat(result.hits()).as(String.valueOf(stranger)).isEmpty();
                assertThat(result.total()).as(String.valueOf(stranger)).isZero();
            }
        }
    }

    private void as(@Nullable String email) {
        if (email == null) {
            fixture.signOut();
        } else {
            fixture.signIn(email);
        }
    }

    private List<String> keys(String word) {
        return search.search(request(word, Map.of())).hits().stream()
                .map(hit -> key(hit.type(), hit.contentId())).toList();
    }

    /**
     * Waits, signed in as the caller is, until the search for the word finds exactly these items (type:id), and says
     * what it found instead when it never does.
     */
    private void awaitKeys(String word, Duration atMost, String... expected) {
        List<String> wanted = List.of(expected);
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        try {
            Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(atMost).until(() -> {
                last.set(0, keys(word));
                return last.getFirst().size() == wanted.size() && last.getFirst().containsAll(wanted);
            });
        } catch (ConditionTimeoutException e) {
            // the assertion below says what was found instead
        }
        assertThat(last.getFirst()).as("found for %s within %s", word, atMost)
                .containsExactlyInAnyOrderElementsOf(wanted);
    }

    private List<SearchResult.Hit> awaitHits(String word, int count, Duration atMost) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(atMost).until(() -> {
            hits.clear();
            hits.addAll(search.search(request(word, Map.of())).hits());
            return hits.size() == count;
        });
        return hits;
    }

    private static String key(String type, long id) {
        return type + ":" + id;
    }

    private static SearchRequest request(String query, Map<String, Set<String>> filters) {
        return new SearchRequest(query, filters, SearchSort.RELEVANCE, 0, 50);
    }

    /** A made-up word nobody else's content holds (letters only, so that every analyser keeps it whole). */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A one-page PDF with a title line and a line of text. */
    private static byte[] pdf(String title, String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 740);
                content.showText(title);
                content.newLineAtOffset(0, -20);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
