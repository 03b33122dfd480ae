package org.healthequity.exchange.consultation;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.HostileFiles;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of consultations on PostgreSQL: who sees and takes part (object by object, by calling the services as an
 * attacker would), the times enforced on the server's clock, the anonymity rule, the synthesis and its publication,
 * the PDF, and the mail to the participants.
 */
class ConsultationIntegrationTest extends IntegrationTest {

    private static final String SECRETARIAT = WorkgroupFixture.SECRETARIAT;

    @Autowired
    private ConsultationAdministration administration;

    @Autowired
    private Consultations consultations;

    @Autowired
    private ConsultationModeration moderation;

    @Autowired
    private ClosingNotices closingNotices;

    @Autowired
    private WorkgroupFixture groups;

    @Autowired
    private ConsultationSearchSource searchSource;

    @Autowired
    private ConsultationViewerTokens viewerTokens;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aMemberOutsideTheGroupCanNeitherReadNorContributeByCallingTheService() {
        WorkgroupFixture.Circle circle = groups.circle("Consulted group", Network.HIM, "Lead Q", "Member Q",
                "Outsider Q");
        long id = published(form(ConsultationScope.GROUP, null, circle.group(), List.of(), false, 0));

        as(circle.member());
        long contribution = consultations.contribute(id, null, "From inside the group.");
        assertThat(contribution).isPositive();
        assertThat(consultations.visible(0, 100)).filteredOn(card -> card.id() == id).singleElement()
                .satisfies(card -> assertThat(card.groupName()).as("the group is named").isNotBlank());

        as(circle.outsider());
        assertThat(consultations.consultation(id)).isEmpty();
        assertThat(consultations.visible(0, 100)).extracting(ConsultationCard::id).doesNotContain(id);
        assertThatThrownBy(() -> consultations.contribute(id, null, "Sneaking in."))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.unknown");
        assertThatThrownBy(() -> consultations.reply(contribution, "Sneaking in a reply."))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.unknown");
        assertThat(jdbc.queryForObject("select count(*) from consultation_contribution where consultation_id = ?",
                Long.class, id)).isOne();
    }

    @Test
    void theListShowsOpenBeforeUpcomingBeforeClosedAndReadsTheSameAPageAtATime() {
        String invited = people.member("Listed Lina", Network.GKNHE);
        long closed = published(form(ConsultationScope.INVITED, null, null, List.of(invited), false, 0));
        as(SECRETARIAT);
        administration.close(closed, administration.consultation(closed).version());
        long upcoming = published(form(ConsultationScope.INVITED, null, null, List.of(invited), false, 48));
        long open = published(form(ConsultationScope.INVITED, null, null, List.of(invited), false, 0));

        as(invited);
        List<Long> all = consultations.visible(0, 1000).stream().map(ConsultationCard::id).toList();
        assertThat(all).filteredOn(List.of(open, upcoming, closed)::contains).containsExactly(open, upcoming, closed);
        assertThat(consultations.countVisible()).isEqualTo(all.size());
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            consultations.visible(offset, 2).forEach(card -> paged.add(card.id()));
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void anInvitedConsultationIsUnknownToEveryoneNotInvited() {
        String invited = people.member("Invited Ines", Network.GKNHE);
        String other = people.member("Other Olga", Network.GKNHE);
        long id = published(form(ConsultationScope.INVITED, null, null, List.of(invited), false, 0));

        as(other);
        assertThat(consultations.consultation(id)).isEmpty();
        assertThatThrownBy(() -> moderation.synthesisPdf(id, Language.ENGLISH)).isInstanceOf(Refused.class);

        as(invited);
        assertThat(consultations.consultation(id)).hasValueSatisfying(page -> {
            assertThat(page.canContribute()).isTrue();
            assertThat(page.canModerate()).isFalse();
        });
    }

    @Test
    void aDraftIsSeenByTheSecretariatOnly() {
        String member = people.member("Draft Dora", Network.HIM);
        as(SECRETARIAT);
        long id = administration.create(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0)).id();

        as(member);
        assertThat(consultations.consultation(id)).isEmpty();
        assertThatThrownBy(() -> consultations.contribute(id, null, "Too early.")).isInstanceOf(Refused.class);
    }

    @Test
    void contributionsAreRefusedBeforeTheOpeningAndAfterTheClose() {
        String member = people.member("Timely Tom", Network.HIM);
        long id = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 1));

        as(member);
        assertThatThrownBy(() -> consultations.contribute(id, null, "Before the opening."))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.not-open-yet");

        clock.advance(Duration.ofHours(2));
        assertThat(consultations.contribute(id, null, "While open.")).isPositive();

        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> consultations.contribute(id, null, "After the close."))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.closed");
        assertThat(jdbc.queryForObject("select count(*) from consultation_contribution where consultation_id = ?",
                Long.class, id)).isOne();
    }

    @Test
    void aNetworkConsultationTakesContributionsFromThatNetworkOnly() {
        String him = people.member("Him Hana", Network.HIM);
        String gknhe = people.member("Gknhe Gil", Network.GKNHE);
        long id = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0));

        as(him);
        assertThat(consultations.contribute(id, null, "Monitoring first.")).isPositive();
        as(gknhe);
        assertThatThrownBy(() -> consultations.contribute(id, null, "Not my network."))
                .isInstanceOf(Refused.class);
    }

    @Test
    void onlyTheSecretariatRunsConsultations() {
        String member = people.member("Plain Paula", Network.HIM);
        as(member);
        assertThatThrownBy(() -> administration.create(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(),
                false, 0))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDeclaredAnonymityCannotChangeOnceSomeoneHasContributed() {
        String member = people.member("Anon Ana", Network.HIM);
        long id = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), true, 0));
        as(member);
        consultations.contribute(id, null, "Under anonymity.");

        as(SECRETARIAT);
        EditableConsultation loaded = administration.consultation(id);
        ConsultationForm named = new ConsultationForm(loaded.form().title(), loaded.form().question(),
                loaded.form().background(), ConsultationScope.NETWORK, Network.HIM, null, List.of(), false,
                loaded.form().opensAt(), loaded.form().closesAt(), List.of());
        assertThatThrownBy(() -> administration.save(id, loaded.version(), named))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.anonymity-fixed");
    }

    @Test
    void aGroupLeadModeratesTheirGroupsConsultationButNotAnothersAndAMemberModeratesNone() {
        WorkgroupFixture.Circle circle = groups.circle("Led consulted group", Network.HIM, "Lead M", "Member M",
                "Outsider M");
        groups.awaitLeadRole(circle.lead());
        long id = published(form(ConsultationScope.GROUP, null, circle.group(), List.of(), false, 0));
        as(circle.member());
        long contribution = consultations.contribute(id, null, "On housing.");
        assertThatThrownBy(() -> moderation.tag(contribution, Set.of("HOUSING"))).isInstanceOf(Refused.class)
                .hasMessageContaining("consultation.problem.moderators-only");

        as(circle.lead());
        moderation.tag(contribution, Set.of("HOUSING"));
        assertThatThrownBy(() -> moderation.tag(contribution, Set.of("NOT_A_THEME"))).isInstanceOf(Refused.class);
        assertThat(consultations.consultation(id).orElseThrow().contributions().getFirst().themes())
                .containsExactly("HOUSING");

        long other = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0));
        as(circle.lead());
        assertThatThrownBy(() -> moderation.pinSummary(other, "Not mine to summarise.")).isInstanceOf(Refused.class);
    }

    @Test
    void theSynthesisIsWrittenAfterTheCloseAndPublishedToTheLibraryThroughModeration() {
        String author = people.withProfile(people.member("Synth Sam", Network.HIM),
                f -> People.inCountry(f, "GH"));
        long id = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0));
        as(author);
        long contribution = consultations.contribute(id, null, "District data first.");
        as(SECRETARIAT);
        moderation.tag(contribution, Set.of("UNIVERSAL_HEALTH_COVERAGE"));
        assertThatThrownBy(() -> moderation.writeSynthesis(id, "Too soon.", Set.of(contribution), -1))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.not-closed");

        administration.close(id, administration.consultation(id).version());
        long elsewhere = otherContribution();
        as(SECRETARIAT);
        assertThatThrownBy(() -> moderation.writeSynthesis(id, "Borrowed.", Set.of(elsewhere), -1))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.unknown-source");
        moderation.writeSynthesis(id, "Participants put **district data** first.", Set.of(contribution), -1);

        PublishedReport report = moderation.publishSynthesis(id);

        assertThat(report.submitted()).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from moderation_item where content_type = 'CASE_STUDY' and content_id = ?
                and status = 'OPEN'""", Long.class, report.caseStudyId())).isOne();
        ConsultationPage page = consultations.consultation(id).orElseThrow();
        assertThat(page.synthesis()).isNotNull();
        assertThat(page.synthesis().sources()).containsExactly(contribution);
        assertThat(page.synthesis().caseStudyId()).isEqualTo(report.caseStudyId());
        assertThatThrownBy(() -> moderation.publishSynthesis(id)).isInstanceOf(Refused.class);
    }

    @Test
    void theAnonymisedPdfNamesNobodyAndTheNamedOneListsTheContributors() throws IOException {
        String alice = people.member("Alicia Quintero", Network.HIM);
        String bruno = people.member("Bruno Lindqvist", Network.HIM);
        long anonymous = closedWithSynthesis(true, alice, bruno);
        long named = closedWithSynthesis(false, alice, bruno);

        as(alice);
        String anonymousText = text(moderation.synthesisPdf(anonymous, Language.ENGLISH));
        assertThat(anonymousText).contains("Participants weigh equity", "2 participants took part", "Participant 1")
                .doesNotContain("Alicia", "Quintero", "Bruno", "Lindqvist");
        String namedText = text(moderation.synthesisPdf(named, Language.ENGLISH));
        assertThat(namedText).contains("Alicia Quintero", "Bruno Lindqvist");
    }

    @Test
    void participantsAreMailedAtTheOpeningForASummaryAndOnceWhenItClosesSoon() {
        WorkgroupFixture.Circle circle = groups.circle("Mailed consulted group", Network.HIM, "Lead N", "Member N",
                "Outsider N");
        long id = published(form(ConsultationScope.GROUP, null, circle.group(), List.of(), false, 0));
        assertThat(Outbox.templatesFor(jdbc, circle.member())).contains("consultation-opened");
        assertThat(Outbox.latestBody(jdbc, circle.member())).contains("consultations/" + id);
        assertThat(Outbox.templatesFor(jdbc, circle.outsider())).doesNotContain("consultation-opened");

        as(SECRETARIAT);
        moderation.pinSummary(id, "Week one: **three** themes so far.");
        assertThat(Outbox.templatesFor(jdbc, circle.member())).contains("consultation-summary");
        assertThat(Outbox.latestBody(jdbc, circle.member())).contains("three");

        clock.advance(Duration.ofDays(13));
        closingNotices.send();
        closingNotices.send();
        assertThat(Outbox.templatesFor(jdbc, circle.member()))
                .filteredOn("consultation-closing"::equals).hasSize(1);
    }

    @Test
    void contributionsAnswerASubQuestionOfTheirOwnConsultationAndRepliesJoinTheirThread() {
        String member = people.member("Threaded Thea", Network.HIM);
        long id = published(withSubQuestions(List.of("Which dimension first?", "Which data source?")));
        long foreign = published(withSubQuestions(List.of("Another consultation's question?")));

        as(member);
        long second = consultations.consultation(id).orElseThrow().subQuestions().get(1).id();
        long foreignQuestion = consultations.consultation(foreign).orElseThrow().subQuestions().getFirst().id();
        long contribution = consultations.contribute(id, second, "Household surveys.");
        long reply = consultations.reply(contribution, "And the census.");
        consultations.reply(reply, "A reply to the reply.");
        assertThatThrownBy(() -> consultations.contribute(id, foreignQuestion, "Under another consultation."))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.problem.unknown-sub-question");

        ContributionView shown = consultations.consultation(id).orElseThrow().contributions().getFirst();
        assertThat(shown.subQuestionId()).isEqualTo(second);
        assertThat(shown.replies()).hasSize(2).allSatisfy(r -> assertThat(r.subQuestionId()).isEqualTo(second));
    }

    @Test
    void anAttachmentIsCheckedByItsContentAndDownloadedOnlyByThoseWhoSeeTheConsultation() {
        String member = people.member("Attaching Ada", Network.HIM);
        String other = people.member("Other Network Oz", Network.GKNHE);
        long id = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0));
        as(member);
        byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> consultations.contribute(id, null, "A script named like a PDF.",
                new AttachmentUpload("report.pdf", script)))
                .isInstanceOf(Refused.class).hasMessageContaining("consultation.attachment.type");
        byte[] png = HostileFiles.image("png", 8, 8);
        consultations.contribute(id, null, "A chart.", new AttachmentUpload("../../chart.png", png));

        AttachmentLink link = consultations.consultation(id).orElseThrow().contributions().getFirst().attachments()
                .getFirst();
        assertThat(link.fileName()).isEqualTo("chart.png");
        assertThat(consultations.attachment(link.id())).hasValueSatisfying(file -> {
            assertThat(file.mediaType()).isEqualTo("image/png");
            assertThat(file.content()).isEqualTo(png);
        });
        as(other);
        assertThat(consultations.attachment(link.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from consultation_contribution where consultation_id = ?",
                Long.class, id)).isOne();
    }

    @Test
    void searchFindsAConsultationOnlyWithTheTokensOfThoseWhoMaySeeIt() {
        String invited = people.member("Searched Sara", Network.GKNHE);
        String other = people.member("Unsearched Uma", Network.GKNHE);
        long id = published(form(ConsultationScope.INVITED, null, null, List.of(invited), false, 0));
        long network = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0));

        assertThat(searchSource.find(id).orElseThrow().visibility()).containsExactly("consultation:" + id);
        assertThat(searchSource.find(network).orElseThrow().visibility()).contains("network:HIM")
                .doesNotContain("public");
        assertThat(viewerTokens.tokens(groups.user(invited))).contains("consultation:" + id);
        assertThat(viewerTokens.tokens(groups.user(other))).doesNotContain("consultation:" + id);
        assertThat(viewerTokens.tokens(groups.user(SECRETARIAT))).contains("consultation:" + id);
    }

    private long closedWithSynthesis(boolean anonymous, String first, String second) {
        long id = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), anonymous, 0));
        as(first);
        long a = consultations.contribute(id, null, "Equity in coverage first.");
        as(second);
        long b = consultations.contribute(id, null, "Equity in financing first.");
        as(SECRETARIAT);
        administration.close(id, administration.consultation(id).version());
        moderation.writeSynthesis(id, "Participants weigh equity in coverage and in financing.", Set.of(a, b), -1);
        return id;
    }

    private long otherContribution() {
        String member = people.member("Elsewhere Eli", Network.HIM);
        long other = published(form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0));
        as(member);
        return consultations.contribute(other, null, "In another consultation.");
    }

    /** Created and published by the secretariat; nobody is signed in afterwards. */
    private long published(ConsultationForm form) {
        as(SECRETARIAT);
        EditableConsultation draft = administration.create(form);
        long id = administration.publish(draft.id(), draft.version()).id();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return id;
    }

    /** A consultation opening in {@code opensInHours} (0: now) and closing two weeks later. */
    private ConsultationForm form(ConsultationScope scope, @Nullable Network network, @Nullable Long group,
            List<String> invitees, boolean anonymous, int opensInHours) {
        Instant opens = clock.instant().plus(Duration.ofHours(opensInHours));
        return new ConsultationForm("How should inequality be monitored?", "Which **dimensions** first?",
                "Background.", scope, network, group, invitees, anonymous, opens, opens.plus(Duration.ofDays(14)),
                List.of());
    }

    private ConsultationForm withSubQuestions(List<String> subQuestions) {
        ConsultationForm base = form(ConsultationScope.NETWORK, Network.HIM, null, List.of(), false, 0);
        return new ConsultationForm(base.title(), base.question(), base.background(), base.scope(), base.network(),
                null, List.of(), false, base.opensAt(), base.closesAt(), subQuestions);
    }

    private void as(String email) {
        Accounts.signIn(users, email);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
