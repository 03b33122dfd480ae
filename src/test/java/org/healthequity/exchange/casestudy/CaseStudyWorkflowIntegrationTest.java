package org.healthequity.exchange.casestudy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publishing workflow, every allowed and forbidden step, and what the public may see at each. */
class CaseStudyWorkflowIntegrationTest extends IntegrationTest {


    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    CaseStudyLibrary library;

    @Autowired
    CaseStudyVersions versions;

    @Autowired
    ModerationQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private CaseStudyFixture fixture;

    @Autowired
    private People people;

    @BeforeEach
    void setUp() {
        inAnHourOfItsOwn();
    }

    @Test
    void approvedCaseStudyIsInTheLibraryAndOnItsPageForEveryone() {
        String priya = People.unique("Priya Raman");
        String author = people.member(priya, Network.GKNHE);
        long id = fixture.published(author, CaseStudyFixture.complete("Housing in small islands"));
        SecurityContextHolder.clearContext();

        CaseStudyPage page = library.caseStudy(id).orElseThrow();
        assertThat(page.live()).isTrue();
        assertThat(page.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(page.regions()).containsExactly("WPR");
        assertThat(page.authors()).extracting(AuthorRef::name).containsExactly(priya);
        assertThat(library.page(new LibraryFilter("TO", null, "HOUSING", null, "11", 2021, Language.ENGLISH,
                Network.GKNHE), 0, 100)).extracting(LibraryCard::id).contains(id);
        assertThat(library.page(new LibraryFilter(null, null, null, null, "11.2", null, null, null), 0, 1000))
                .extracting(LibraryCard::id).doesNotContain(id);
        assertThat(library.latest(1000)).extracting(LibraryCard::id).contains(id);
        assertThat(library.latest(1000)).extracting(LibraryCard::publishedAt)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(Outbox.templatesFor(jdbc, author)).contains("moderation-approved");
    }

    @Test
    void nothingUnreviewedIsPublicAnywhere() {
        long draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Draft only")).caseStudyId();
        long submitted = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Waiting"));

        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(draft)).isEmpty();
        assertThat(library.caseStudy(submitted)).isEmpty();
        assertThat(library.page(LibraryFilter.none(), 0, 10_000)).extracting(LibraryCard::id)
                .doesNotContain(draft, submitted);
        assertThat(library.latest(50)).extracting(LibraryCard::id).doesNotContain(draft, submitted);
        fixture.signIn("researcher@example.org");
        assertThat(library.caseStudy(submitted)).isEmpty();
        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThat(library.caseStudy(submitted)).hasValueSatisfying(page -> assertThat(page.live()).isFalse());
        fixture.signIn(CaseStudyFixture.SECRETARIAT);
        assertThat(library.caseStudy(submitted)).hasValueSatisfying(page -> assertThat(page.mayModerate()).isTrue());
    }

    @Test
    void submissionNamesEveryMissingField() {
        CaseStudyForm empty = CaseStudyForm.empty(Network.GKNHE, Language.ENGLISH);
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, empty);

        assertThatThrownBy(() -> authoring.submit(draft.caseStudyId(), draft.version()))
                .isInstanceOfSatisfying(Refused.class, problem -> assertThat(problem.problems())
                        .extracting(Refused.FieldProblem::field)
                        .containsExactly("title", "summary", "objectives", "implementation", "results",
                                "lessonsLearned", "countries", "themes", "yearFrom"));
    }

    @Test
    void returnedCaseStudyIsRevisedAndSubmittedAgain() {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Returned once"));
        fixture.decide(id, Decision.RETURN, "Please add the results by district.");

        fixture.signIn(CaseStudyFixture.AUTHOR);
        EditableCaseStudy returned = authoring.edit(id);
        assertThat(returned.status()).isEqualTo(CaseStudyStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Please add the results by district.");
        assertThat(Outbox.latestBody(jdbc, CaseStudyFixture.AUTHOR)).contains("Please add the results by district.");
        CaseStudyForm revised = new CaseStudyForm(returned.form().network(), returned.form().language(),
                "Returned once", Map.of("summary", "Summary", "objectives", "Objectives", "implementation", "How",
                "results", "Results by district", "lessonsLearned", "Lessons"), List.of("FJ"), 2020, null, List.of("HOUSING"), List.of(), List.of(), "", "", List.of());
        SavedDraft saved = authoring.saveDraft(id, revised, returned.version(), null);
        authoring.submit(id, saved.version());

        assertThat(authoring.edit(id).status()).isEqualTo(CaseStudyStatus.SUBMITTED);
        fixture.decide(id, Decision.APPROVE, null);
        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id).orElseThrow().content().section("results")).isEqualTo("Results by district");
    }

    @Test
    void rejectedCaseStudyIsClosed() {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Rejected"));
        fixture.decide(id, Decision.REJECT, "Out of scope.");

        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThatThrownBy(() -> authoring.edit(id)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> authoring.saveDraft(id, CaseStudyFixture.complete("Again"), -1, null))
                .isInstanceOf(Refused.class);
        assertThat(Outbox.templatesFor(jdbc, CaseStudyFixture.AUTHOR)).contains("moderation-rejected");
        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id)).isEmpty();
    }

    @Test
    void editingAPublishedCaseStudyKeepsTheLiveVersionUntilTheRevisionIsApproved() {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("First title"));
        fixture.signIn(CaseStudyFixture.AUTHOR);
        EditableCaseStudy live = authoring.edit(id);
        assertThat(live.version()).isEqualTo(-1);
        CaseStudyForm changed = live.form().withTitle("Second title").withSection("results", "650 homes repaired.")
                .withCoAuthorIds(List.of());
        SavedDraft revision = authoring.saveDraft(id, changed, -1, null);
        authoring.submit(id, revision.version());

        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id).orElseThrow().content().title()).isEqualTo("First title");
        fixture.signIn(CaseStudyFixture.AUTHOR);
        List<RevisionInfo> history = versions.history(id);
        assertThat(history).extracting(RevisionInfo::status).containsExactly(RevisionStatus.SUBMITTED,
                RevisionStatus.PUBLISHED);
        List<FieldDiff> diff = versions.compare(id, history.get(1).id(), history.get(0).id());
        assertThat(diff).extracting(FieldDiff::field).containsExactly("title", "results");

        fixture.decide(id, Decision.APPROVE, null);
        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id).orElseThrow().content().title()).isEqualTo("Second title");
        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThat(versions.history(id)).extracting(RevisionInfo::status).containsExactly(RevisionStatus.PUBLISHED,
                RevisionStatus.SUPERSEDED);
    }

    @Test
    void withdrawnSubmissionLeavesTheQueueAndCanBeEditedAgain() {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Withdrawn"));
        long item = fixture.openItem(id);
        fixture.signIn(CaseStudyFixture.AUTHOR);

        authoring.withdraw(id);

        assertThat(authoring.edit(id).editable()).isTrue();
        assertThat(jdbc.queryForObject("select status from moderation_item where id = ?", String.class, item))
                .isEqualTo("WITHDRAWN");
        fixture.signIn(CaseStudyFixture.SECRETARIAT);
        assertThatThrownBy(() -> queue.decide(item, Decision.APPROVE, null))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("moderation.already-decided"));
    }

    @Test
    void forbiddenStepsAreRefusedWithAReason() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Forbidden steps"));
        assertThatThrownBy(() -> authoring.withdraw(draft.caseStudyId()))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("case-study.transition-not-allowed"));
        authoring.submit(draft.caseStudyId(), draft.version());
        EditableCaseStudy inReview = authoring.edit(draft.caseStudyId());
        assertThat(inReview.editable()).isFalse();
        assertThatThrownBy(() -> authoring.submit(draft.caseStudyId(), inReview.version()))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> authoring.saveDraft(draft.caseStudyId(), CaseStudyFixture.complete("Changed"),
                inReview.version(), null)).isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("case-study.not-editable"));
        assertThatThrownBy(() -> authoring.saveDraft(draft.caseStudyId(), CaseStudyFixture.complete("Stale"),
                draft.version() - 1, null)).isInstanceOf(ChangedMeanwhile.class);
        fixture.signIn(CaseStudyFixture.SECRETARIAT);
        long item = fixture.openItem(draft.caseStudyId());
        assertThatThrownBy(() -> queue.decide(item, Decision.RETRACT, "flags only"))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("moderation.decision-not-allowed"));
        assertThatThrownBy(() -> queue.decide(item, Decision.RETURN, " "))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("moderation.comment-required"));
    }

    @Test
    void onlyAuthorsChangeACaseStudyAndApplicantsWriteNone() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Mine"));

        fixture.signIn(people.member("João Pereira", People.addressFor("joao pereira"), Network.GKNHE));
        assertThatThrownBy(() -> authoring.edit(draft.caseStudyId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.saveDraft(draft.caseStudyId(), CaseStudyFixture.complete("Theirs"),
                draft.version(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> versions.history(draft.caseStudyId())).isInstanceOf(AccessDeniedException.class);
        fixture.signIn("applicant@example.org");
        assertThatThrownBy(() -> authoring.saveDraft(null, CaseStudyFixture.complete("Applicant"), -1, null))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> authoring.myCaseStudies()).isInstanceOf(
                AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void coAuthorsMayEditTheDraft() {
        String joao = people.withProfile(
                people.member("João Pereira", People.addressFor("joao pereira"), Network.GKNHE),
                f -> People.listed(f, true));
        long coAuthor = people.id(joao);
        CaseStudyForm form = CaseStudyFixture.complete("Written together");
        form = form.withCoAuthorIds(List.of(coAuthor));
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, form);

        fixture.signIn(joao);
        EditableCaseStudy loaded = authoring.edit(draft.caseStudyId());
        assertThat(loaded.authors()).extracting(AuthorRef::accountId).endsWith(coAuthor);
        assertThat(authoring.myCaseStudies()).extracting(MyCaseStudy::id).contains(draft.caseStudyId());
    }

    @Test
    void valuesThePortalDoesNotKnowAreRefusedFieldByField() {
        CaseStudyForm bad = new CaseStudyForm(Network.HIM, Language.ENGLISH, "Bad values", Map.of(), List.of("XX"), 2030, 2020, List.of("NOT_A_THEME"), List.of("HEIGHT"), List.of("3.99"), "",
                "javascript:alert(1)", List.of());
        fixture.signIn(CaseStudyFixture.AUTHOR);

        assertThatThrownBy(() -> authoring.saveDraft(null, bad, -1, null))
                .isInstanceOfSatisfying(Refused.class, problem -> assertThat(problem.problems())
                        .extracting(Refused.FieldProblem::field).containsExactly("countries", "themes",
                                "dimensions", "sdgTargets", "yearTo", "links", "network"));
    }

    @Test
    void submissionsPerHourAreLimited() {
        String sita = people.member("Sita Gurung", Network.GKNHE);
        for (int i = 0; i < 5; i++) {
            fixture.submitted(sita, CaseStudyFixture.complete("Burst " + i));
        }
        SavedDraft sixth = fixture.draft(sita, CaseStudyFixture.complete("Burst 6"));

        assertThatThrownBy(() -> authoring.submit(sixth.caseStudyId(), sixth.version()))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("case-study.submit.too-many"));
        clock.advance(Duration.ofMinutes(61));
        authoring.submit(sixth.caseStudyId(), sixth.version());
    }

    @Test
    void markupTypedIntoACaseStudyIsRemovedOnTheWayIn() {
        CaseStudyForm form = CaseStudyFixture.complete("<b>Bold</b> title\n<script>alert(1)</script>");
        form = form.withSection("summary", "Safe **text** <img src=x onerror=alert(1)> [x](javascript:alert(1))")
                .withCoAuthorIds(List.of());
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, form);

        CaseStudyForm stored = authoring.edit(draft.caseStudyId()).form();
        assertThat(stored.title()).isEqualTo("<b>Bold</b> title <script>alert(1)</script>");
        assertThat(stored.section("summary")).doesNotContain("<img", "onerror").contains("**text**");
        assertThat(RichText.toSafeHtml(stored.section("summary")))
                .doesNotContain("javascript:");
    }

    @Test
    void translationIsLinkedToItsOriginal() {
        long original = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Original"));
        fixture.signIn(people.member("Claire Dubois", Network.GKNHE));
        CaseStudyForm prefilled = authoring.newForm(Language.FRENCH, original);
        assertThat(prefilled.countries()).containsExactly("FJ", "TO");
        CaseStudyForm french = new CaseStudyForm(Network.GKNHE, Language.FRENCH, "Original en français",
                Map.of("summary", "Résumé", "objectives", "Objectifs", "implementation", "Mise en œuvre", "results",
                "Résultats", "lessonsLearned", "Leçons"), prefilled.countries(),
                prefilled.yearFrom(), prefilled.yearTo(), prefilled.themes(), prefilled.dimensions(),
                prefilled.sdgTargets(), "", "", List.of());
        SavedDraft draft = authoring.saveDraft(null, french, -1, original);
        authoring.submit(draft.caseStudyId(), draft.version());
        fixture.decide(draft.caseStudyId(), Decision.APPROVE, null);

        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(original).orElseThrow().translations()).extracting(CaseStudyLink::id)
                .containsExactly(draft.caseStudyId());
        CaseStudyPage translation = library.caseStudy(draft.caseStudyId()).orElseThrow();
        assertThat(translation.original()).extracting(CaseStudyLink::id).isEqualTo(original);
        assertThat(translation.related()).extracting(CaseStudyLink::id).doesNotContain(original);
    }

    @Test
    void flaggedCaseStudyIsRetractedByTheSecretariat() {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Flagged"));
        fixture.signIn("researcher@example.org");
        queue.flag("CASE_STUDY", id, "Contains personal data of patients.");
        assertThatThrownBy(() -> queue.flag("CASE_STUDY", id, "Again")).isInstanceOfSatisfying(
                Refused.class, p -> assertThat(p.messageKey()).isEqualTo("moderation.flag.already-flagged"));
        fixture.signIn("applicant@example.org");
        assertThatThrownBy(() -> queue.flag("CASE_STUDY", id, "Applicant")).isInstanceOf(AccessDeniedException.class);

        fixture.decide(id, Decision.RETRACT, "Personal data must not be published.");

        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id)).isEmpty();
        assertThat(Outbox.templatesFor(jdbc, CaseStudyFixture.AUTHOR)).contains("moderation-retracted");
        fixture.signIn("researcher@example.org");
        assertThatThrownBy(() -> queue.flag("CASE_STUDY", id, "Gone")).isInstanceOfSatisfying(
                Refused.class, p -> assertThat(p.messageKey()).isEqualTo("moderation.flag.not-published"));
    }
}
