package org.healthequity.exchange.casestudy;

import java.util.Set;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.shared.i18n.Language;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Translation requests (ADR 0032): asked by anyone signed in, taken by one member who speaks the language. */
class TranslationRequestsIntegrationTest extends IntegrationTest {

    @Autowired
    TranslationRequests requests;

    @Autowired
    CaseStudyFixture caseStudies;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    private long id;

    @BeforeEach
    void aPublishedCaseStudyInEnglish() {
        inAnHourOfItsOwn();
        id = caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Wanted in other languages"));
    }

    @Test
    void aRequestIsOfferedToMembersWhoDeclaredTheLanguageOnly() {
        String requester = people.member("Rita Requester", Network.GKNHE);
        String french = translator("Francine Traductrice", Language.FRENCH);
        String russian = translator("Roman Perevodchik", Language.RUSSIAN);

        caseStudies.signIn(requester);
        assertThat(requests.requestable(id)).doesNotContain(Language.ENGLISH).contains(Language.FRENCH);
        assertThat(requests.request(id, Language.FRENCH)).isTrue();

        caseStudies.signIn(french);
        assertThat(requests.forMe()).anyMatch(r -> r.caseStudyId() == id && r.language().equals("fr"));
        caseStudies.signIn(russian);
        assertThat(requests.forMe()).noneMatch(r -> r.caseStudyId() == id);
    }

    @Test
    void aSecondRequestForTheSameLanguageJoinsTheFirst() {
        String first = people.member("First Asker", Network.GKNHE);
        String second = people.member("Second Asker", Network.GKNHE);
        String french = translator("Francois Counter", Language.FRENCH);

        caseStudies.signIn(first);
        assertThat(requests.request(id, Language.FRENCH)).isTrue();
        caseStudies.signIn(second);
        assertThat(requests.request(id, Language.FRENCH)).as("joined, not a second request").isFalse();

        assertThat(jdbc.queryForObject("select count(*) from translation_request where case_study_id = ?", Long.class,
                id)).isEqualTo(1);
        caseStudies.signIn(french);
        assertThat(requests.forMe()).filteredOn(r -> r.caseStudyId() == id).singleElement()
                .satisfies(r -> assertThat(r.waiting()).isEqualTo(2));
    }

    @Test
    void askingForALanguageItIsAlreadyInIsRefusedAtTheLanguage() {
        caseStudies.signIn(people.member("Eager Reader", Network.GKNHE));
        assertThatThrownBy(() -> requests.request(id, Language.ENGLISH)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).field()).isEqualTo("language");
    }

    @Test
    void oneTranslatorTakesARequestAndTheSecondIsToldAndSomeoneWithoutTheLanguageIsRefused() {
        caseStudies.signIn(people.member("Asker Of Chinese", Network.GKNHE));
        requests.request(id, Language.CHINESE);
        String first = translator("Li First", Language.CHINESE);
        String second = translator("Wang Second", Language.CHINESE);
        String outsider = translator("Olga Outsider", Language.RUSSIAN);
        TranslationRequestItem seen = offeredTo(first);

        caseStudies.signIn(outsider);
        assertThatThrownBy(() -> requests.take(seen.id(), seen.version())).isInstanceOf(AccessDeniedException.class);
        caseStudies.signIn(first);
        requests.take(seen.id(), seen.version());
        caseStudies.signIn(second);
        assertThatThrownBy(() -> requests.take(seen.id(), seen.version())).isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> requests.take(seen.id(), seen.version() + 1)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("translation-request.already-taken");
        assertThat(requests.forMe()).noneMatch(r -> r.id() == seen.id());
        caseStudies.signIn(first);
        assertThat(requests.forMe()).filteredOn(r -> r.id() == seen.id()).singleElement()
                .satisfies(r -> assertThat(r.takenByMe()).isTrue());
    }

    @Test
    void everyoneWaitingIsMailedWhenTheTranslationIsPublishedAfterModeration() {
        String first = people.member("Waiting One", Network.GKNHE);
        String second = people.member("Waiting Two", Network.GKNHE);
        caseStudies.signIn(first);
        requests.request(id, Language.SPANISH);
        caseStudies.signIn(second);
        requests.request(id, Language.SPANISH);
        String translator = translator("Sofia Traductora", Language.SPANISH);
        TranslationRequestItem seen = offeredTo(translator);
        caseStudies.signIn(translator);
        requests.take(seen.id(), seen.version());

        CaseStudyForm english = CaseStudyFixture.complete("Buscado en otros idiomas");
        CaseStudyForm spanish = new CaseStudyForm(english.network(), Language.SPANISH, english.title(),
                english.sections(), english.countries(), english.yearFrom(), english.yearTo(), english.themes(),
                english.dimensions(), english.sdgTargets(), english.contacts(), english.links(), english.coAuthorIds());
        SavedDraft draft = authoring.saveDraft(null, spanish, -1, id);
        authoring.submit(draft.caseStudyId(), draft.version());
        assertThat(Outbox.templatesFor(jdbc, first)).as("not before moderation").doesNotContain("translation-published");
        caseStudies.decide(draft.caseStudyId(), Decision.APPROVE, null);

        assertThat(Outbox.templatesFor(jdbc, first)).contains("translation-published");
        assertThat(Outbox.templatesFor(jdbc, second)).contains("translation-published");
        assertThat(Outbox.latestBody(jdbc, second)).contains("Buscado en otros idiomas",
                "/case-studies/" + draft.caseStudyId());
        assertThat(jdbc.queryForObject("select status from translation_request where id = ?", String.class,
                seen.id())).isEqualTo("PUBLISHED");
        caseStudies.signIn(first);
        assertThat(requests.requestable(id)).doesNotContain(Language.SPANISH);
    }

    private String translator(String name, Language language) {
        return people.withProfile(people.member(name, Network.GKNHE), f -> People.profile("Translator", null, "KE",
                Set.of(language), Set.of(), false, Visibility.MEMBERS));
    }

    private TranslationRequestItem offeredTo(String translator) {
        caseStudies.signIn(translator);
        return requests.forMe().stream().filter(r -> r.caseStudyId() == id).findFirst().orElseThrow();
    }
}
