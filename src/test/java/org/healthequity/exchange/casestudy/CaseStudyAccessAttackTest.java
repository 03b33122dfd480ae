package org.healthequity.exchange.casestudy;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import java.time.ZoneId;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.exchange.support.Attacks.done;
import static org.healthequity.exchange.support.Attacks.refused;

/**
 * Every case-study service method that takes an id, called by another member (or a visitor) with someone else's
 * draft, revision or attachment; and co-authors named by id that the author could never have picked.
 */
@Tag("attack")
class CaseStudyAccessAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    CaseStudyAttachments attachments;

    @Autowired
    CaseStudyLibrary library;

    @Autowired
    CaseStudyVersions versions;

    @Autowired
    SearchService search;

    @Autowired
    ModerationQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    /** An active GKNHE member, listed in the directory or not; returns the address. */
    private String member(String name, boolean inDirectory) {
        String email = people.inTimeZone(people.member(name, Network.GKNHE), ZoneId.of("UTC"));
        return people.withProfile(email, form -> People.listed(form, inDirectory));
    }

    private static CaseStudyForm withCoAuthors(CaseStudyForm form, List<Long> coAuthors) {
        return form.withCoAuthorIds(coAuthors);
    }

    @TestFactory
    Stream<DynamicTest> anotherMemberReachesNoDraftRevisionOrAttachment() {
        CaseStudyFixture fixture = caseStudyFixture;
        String author = member("Alma Author", true);
        String intruder = member("Ivo Intruder", true);
        SavedDraft draft = fixture.draft(author, CaseStudyFixture.complete("Unpublished findings " + UUID.randomUUID()));
        SavedDraft attached = attachments.addAttachment(draft.caseStudyId(), draft.version(), "notes.pdf",
                DemoCaseStudies.report("Notes", "Internal notes"));
        long attachment = jdbc.queryForObject("select id from case_study_attachment where case_study_id = ?",
                Long.class, draft.caseStudyId());
        long published = fixture.published(author, CaseStudyFixture.complete("Published " + UUID.randomUUID()));
        long id = draft.caseStudyId();
        long revision = attached.revisionId();
        Runnable asIntruder = () -> fixture.signIn(intruder);
        Runnable asVisitor = SecurityContextHolder::clearContext;
        CaseStudyForm form = CaseStudyFixture.complete("Taken over");
        return Stream.of(
                refused("CaseStudyAuthoring.edit: member opens another author's draft", asIntruder, id, false,
                        authoring::edit),
                refused("CaseStudyAuthoring.saveDraft: member overwrites another author's draft", asIntruder, id,
                        false, cs -> authoring.saveDraft(cs, form, attached.version(), null)),
                refused("CaseStudyAuthoring.saveDraft: member starts a revision of another author's published"
                        + " case study", asIntruder, published, false, cs -> authoring.saveDraft(cs, form, -1, null)),
                refused("CaseStudyAuthoring.submit: member submits another author's draft", asIntruder, id, false,
                        cs -> { authoring.submit(cs, attached.version()); return done(); }),
                refused("CaseStudyAuthoring.withdraw: member withdraws another author's case study", asIntruder, id,
                        false, cs -> { authoring.withdraw(cs); return done(); }),
                refused("CaseStudyAuthoring.newForm: member copies an unpublished draft as a translation",
                        asIntruder, id, false, cs -> authoring.newForm(Language.FRENCH, cs)),
                refused("CaseStudyAttachments.addAttachment: member attaches to another author's draft", asIntruder,
                        id, false, cs -> attachments.addAttachment(cs, attached.version(), "x.pdf",
                                DemoCaseStudies.report("X", "Y"))),
                refused("CaseStudyAttachments.removeAttachment: member removes another author's attachment",
                        asIntruder, id, false, cs -> attachments.removeAttachment(cs, attached.version(), attachment)),
                refused("CaseStudyLibrary.caseStudy: member reads another author's draft", asIntruder, id, true,
                        library::caseStudy),
                refused("CaseStudyLibrary.caseStudy: visitor reads a draft", asVisitor, id, true, library::caseStudy),
                refused("CaseStudyLibrary.attachment: member downloads a draft's attachment", asIntruder, attachment,
                        true, a -> library.attachment(id, a)),
                refused("CaseStudyLibrary.attachment: visitor downloads a draft's attachment through a published"
                        + " case study's address", asVisitor, attachment, true, a -> library.attachment(published, a)),
                refused("CaseStudyVersions.history: member lists another author's versions", asIntruder, id, true,
                        versions::history),
                refused("CaseStudyVersions.revision: member reads another author's revision", asIntruder, revision,
                        true, r -> versions.revision(id, r)),
                refused("CaseStudyVersions.compare: member compares another author's revisions", asIntruder, id,
                        true, cs -> versions.compare(cs, revision, revision)),
                refused("SearchService.similar: visitor asks for items like an unpublished draft", asVisitor, id,
                        true, cs -> search.similar(CaseStudyLibrary.CONTENT_TYPE, cs, 5)));
    }

    @Test
    void authorCannotNameAPersonHiddenFromTheDirectoryAsCoAuthor() {
        CaseStudyFixture fixture = caseStudyFixture;
        String author = member("Cleo Author", true);
        long hidden = people.id(member("Hidden Person", false));
        String listedPerson = member("Listed Person", true);
        long listed = people.id(listedPerson);

        fixture.signIn(author);
        CaseStudyForm probing = withCoAuthors(CaseStudyFixture.complete("Probe"), List.of(hidden));
        assertThatThrownBy(() -> authoring.saveDraft(null, probing, -1, null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.problems())
                        .anySatisfy(f -> assertThat(f.field()).isEqualTo("coAuthors")));
        CaseStudyForm unknown = withCoAuthors(CaseStudyFixture.complete("Probe"), List.of(987_654_321L));
        assertThatThrownBy(() -> authoring.saveDraft(null, unknown, -1, null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.problems())
                        .anySatisfy(f -> assertThat(f.field()).isEqualTo("coAuthors")));

        SavedDraft draft = authoring.saveDraft(null, withCoAuthors(CaseStudyFixture.complete("Together"),
                List.of(listed)), -1, null);
        assertThat(authoring.edit(draft.caseStudyId()).authors()).extracting(AuthorRef::name)
                .containsExactly("Cleo Author", "Listed Person");
        // Someone already an author keeps their place even after leaving the directory.
        people.withProfile(listedPerson, form -> People.listed(form, false));
        SavedDraft again = authoring.saveDraft(draft.caseStudyId(), withCoAuthors(CaseStudyFixture.complete("Together"),
                List.of(listed)), draft.version(), null);
        assertThat(again.caseStudyId()).isEqualTo(draft.caseStudyId());
        assertThatThrownBy(() -> authoring.saveDraft(draft.caseStudyId(), withCoAuthors(
                CaseStudyFixture.complete("Together"), List.of(listed, hidden)), again.version(), null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.problems())
                        .anySatisfy(f -> assertThat(f.field()).isEqualTo("coAuthors")));
    }
}
