package org.healthequity.exchange.newsletter;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Composing, counting, sending once in each person's language, and what members may and may not see. */
class NewsletterIntegrationTest extends IntegrationTest {

    @Autowired
    private Newsletters newsletters;

    @Autowired
    private NewsletterArchive archive;

    @Autowired
    private NewsletterAudiences audiences;

    @Autowired
    private Unsubscriptions unsubscriptions;

    @Autowired
    private NewsletterFixture fixture;

    @Autowired
    private AccountService accounts;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAudienceCountFollowsEachChoiceAndLeavesOutWhoUnsubscribed() {
        AudienceFilter tuvaluHousing = new AudienceFilter(Set.of(Network.HIM), Set.of(NetworkRole.MEMBER),
                Set.of("WPR"), Set.of("TV"), Set.of("THEME:HOUSING"), Set.of(Language.SPANISH));
        Accounts.signIn(users, People.SECRETARIAT);
        long before = newsletters.audienceSize(tuvaluHousing);

        String matching = inTuvalu(people.member("Tala Housing", Network.HIM), Set.of("THEME:HOUSING"));
        inTuvalu(people.member("Sione Education", Network.HIM), Set.of("THEME:EDUCATION"));
        inTuvalu(people.member("Losa Other Network", Network.GKNHE), Set.of("THEME:HOUSING"));
        Accounts.signIn(users, People.SECRETARIAT);
        assertThat(newsletters.audienceSize(tuvaluHousing)).isEqualTo(before + 1);

        Accounts.signIn(users, matching);
        audiences.setMySubscription(Network.HIM, false);
        assertThat(audiences.mySubscriptions()).containsExactly(new NewsletterAudiences.Subscription(Network.HIM, false));
        Accounts.signIn(users, People.SECRETARIAT);
        assertThat(newsletters.audienceSize(tuvaluHousing)).isEqualTo(before);
    }

    @Test
    void eachPersonReceivesItOnceInTheirLanguageOrInEnglishWhenTheirsIsNotWritten() {
        String french = inTuvalu(people.member("Aline Francophone", Network.GKNHE), Set.of());
        String russian = inTuvalu(people.member("Ivan Russophone", Network.GKNHE), Set.of());
        speaks(french, Language.FRENCH);
        speaks(russian, Language.RUSSIAN);
        String subject = People.unique("Tuvalu news");
        long id = fixture.sentNow(subject, NewsletterFixture.inCountries(Set.of(Network.GKNHE), Set.of("TV")));

        fixture.dispatch();
        fixture.dispatch();

        assertThat(newsletterMails(french)).containsExactly("FR " + subject);
        assertThat(newsletterMails(russian)).containsExactly(subject);
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where newsletter_id = ?",
                Integer.class, id)).isGreaterThanOrEqualTo(2);
        Accounts.signIn(users, People.SECRETARIAT);
        EditableNewsletter sent = newsletters.newsletter(id);
        assertThat(sent.status()).isEqualTo(NewsletterStatus.SENT);
        assertThat(sent.recipients()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'newsletter' and target_id = ?",
                String.class, String.valueOf(id))).contains("newsletter.create", "newsletter.send", "newsletter.sent");
    }

    @Test
    void twoSendersAtOnceStillMailEachPersonOnce() throws Exception {
        List<String> members = IntStream.range(0, 6)
                .mapToObj(i -> inTuvalu(people.member("Twin Sender " + i, Network.HIM), Set.of())).toList();
        long id = fixture.sentNow(People.unique("Twice"), NewsletterFixture.inCountries(Set.of(Network.HIM),
                Set.of("TV")));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> run : nodes.invokeAll(List.<Callable<Integer>>of(fixture::dispatch,
                    fixture::dispatch))) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(members).allSatisfy(member -> assertThat(newsletterMails(member)).hasSize(1));
        Accounts.signIn(users, People.SECRETARIAT);
        assertThat(newsletters.newsletter(id).status()).isEqualTo(NewsletterStatus.SENT);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'newsletter.sent'"
                + " and target_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aScheduledNewsletterGoesOutWhenItsTimeComesAndNotBefore() {
        String member = inTuvalu(people.member("Mele Scheduled", Network.HIM), Set.of());
        Accounts.signIn(users, People.SECRETARIAT);
        EditableNewsletter draft = newsletters.create(new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH,
                People.unique("Later"), "Soon.")), NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of("TV"))));
        assertThatThrownBy(() -> newsletters.schedule(draft.id(), draft.version(), clock.instant().minusSeconds(60)))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).field()).isEqualTo("scheduledAt");
        EditableNewsletter scheduled = newsletters.schedule(draft.id(), draft.version(),
                clock.instant().plus(Duration.ofHours(1)));

        fixture.dispatch();
        assertThat(newsletterMails(member)).isEmpty();
        assertThat(newsletters.newsletter(draft.id()).status()).isEqualTo(NewsletterStatus.SCHEDULED);

        clock.advance(Duration.ofHours(2));
        fixture.dispatch();
        assertThat(newsletterMails(member)).hasSize(1);
        assertThat(newsletters.newsletter(scheduled.id()).status()).isEqualTo(NewsletterStatus.SENT);
    }

    @Test
    void aStepOnAnOutdatedVersionIsRefusedAndASentNewsletterCannotBeChanged() {
        Accounts.signIn(users, People.SECRETARIAT);
        EditableNewsletter draft = newsletters.create(new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH,
                People.unique("Race"), "Text.")), AudienceFilter.everyone()));
        NewsletterForm edited = new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH, "Race again",
                "Text.")), NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of("TV")));
        EditableNewsletter saved = newsletters.save(draft.id(), draft.version(), edited);

        assertThatThrownBy(() -> newsletters.sendNow(draft.id(), draft.version())).isInstanceOf(ChangedMeanwhile.class);
        EditableNewsletter sending = newsletters.sendNow(saved.id(), saved.version());
        assertThatThrownBy(() -> newsletters.save(sending.id(), sending.version(), edited))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> newsletters.unschedule(sending.id(), sending.version()))
                .isInstanceOf(Refused.class);
    }

    @Test
    void englishIsRequiredAndAVersionNeedsBothSubjectAndText() {
        Accounts.signIn(users, People.SECRETARIAT);
        assertThatThrownBy(() -> newsletters.create(new NewsletterForm(List.of(
                new NewsletterText(Language.FRENCH, "Seulement", "")), AudienceFilter.everyone())))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.problems())
                        .extracting(Refused.FieldProblem::field)
                        .containsExactlyInAnyOrder("subject-en", "body-en", "body-fr"));
    }

    @Test
    void markupInTheTextNeverReachesTheMailOrThePreview() {
        String member = inTuvalu(people.member("Xavier Payload", Network.GKNHE), Set.of());
        String payload = "Read <script>alert(1)</script> this [link](javascript:alert(1))"
                + " <img src=x onerror=alert(1)> and **this**.";
        Accounts.signIn(users, People.SECRETARIAT);
        NewsletterForm form = new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH, People.unique("Safe"),
                payload)), NewsletterFixture.inCountries(Set.of(Network.GKNHE), Set.of("TV")));
        RenderedNewsletter preview = newsletters.preview(form, Language.ENGLISH);
        EditableNewsletter draft = newsletters.create(form);
        newsletters.sendNow(draft.id(), draft.version());
        fixture.dispatch();

        String html = jdbc.queryForObject("select html_body from outgoing_mail where lower(recipient) = lower(?)"
                + " and template = 'newsletter'", String.class, member);
        String body = preview.safeHtml().substring(0, preview.safeHtml().indexOf("</div>") + "</div>".length());
        assertThat(html).as("the mail shows what the preview showed").contains(body);
        assertThat(body).contains("<strong>this</strong>").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("onerror=").doesNotContain("alert(1)</script>");
    }

    @Test
    void aChangedTokenUnsubscribesNobodyAndTheRightOneOnlyItsNetwork() {
        String member = people.member("Uma Both", Network.GKNHE, Network.HIM);
        long id = people.id(member);
        String token = fixture.token(id, Network.HIM);

        for (String tampered : List.of(token.replace(".HIM.", ".GKNHE."), (id + 1) + token.substring(
                String.valueOf(id).length()), token.substring(0, token.length() - 1) + "A", "", "preview")) {
            if (!tampered.equals(token)) {
                assertThatThrownBy(() -> unsubscriptions.unsubscribe(tampered)).isInstanceOf(Refused.class);
            }
        }
        assertThat(unsubscriptions.unsubscribe(token)).isEqualTo(Network.HIM);

        Accounts.signIn(users, member);
        assertThat(audiences.mySubscriptions()).containsExactly(
                new NewsletterAudiences.Subscription(Network.GKNHE, true),
                new NewsletterAudiences.Subscription(Network.HIM, false));
    }

    @Test
    void madeUpUnsubscribeLinksCannotFloodTheAuditLog() {
        inAnHourOfItsOwn();
        Instant start = clock.instant();
        for (int i = 0; i < Unsubscriptions.REFUSALS_RECORDED_PER_HOUR + 15; i++) {
            String madeUp = (1000 + i) + ".HIM.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
            assertThatThrownBy(() -> unsubscriptions.unsubscribe(madeUp)).isInstanceOf(Refused.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'newsletter.unsubscribe'"
                + " and outcome = 'DENIED' and occurred_at >= ?", Integer.class, Timestamp.from(start)))
                .isEqualTo(Unsubscriptions.REFUSALS_RECORDED_PER_HOUR);
    }

    @Test
    void membersReadSentNewslettersOfTheirNetworksButNeverCountAudiences() {
        String gknhe = people.member("Gina Reader", Network.GKNHE);
        String himSubject = People.unique("For HIM only");
        String gknheSubject = People.unique("For GKNHE");
        long him = fixture.sentNow(himSubject, NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of("TV")));
        long forGknhe = fixture.sentNow(gknheSubject, NewsletterFixture.inCountries(Set.of(Network.GKNHE), Set.of("TV")));
        fixture.dispatch();
        Accounts.signIn(users, People.SECRETARIAT);
        EditableNewsletter draft = newsletters.create(new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH,
                People.unique("Unsent"), "Draft.")), AudienceFilter.everyone()));

        Accounts.signIn(users, gknhe);
        assertThat(archive.page(Language.FRENCH, 0, 500)).extracting(ArchivedNewsletter::subject)
                .contains("FR " + gknheSubject).doesNotContain(himSubject, "FR " + himSubject);
        assertThat(archive.newsletter(forGknhe, Language.ENGLISH)).hasValueSatisfying(page ->
                assertThat(page.shown().safeHtml()).contains("<strong>members</strong>"));
        assertThat(archive.newsletter(him, Language.ENGLISH)).isEmpty();
        assertThat(archive.newsletter(draft.id(), Language.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> newsletters.audienceSize(AudienceFilter.everyone()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newsletters.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private String inTuvalu(String email, Set<String> expertise) {
        return people.withProfile(email, form -> People.profile("Officer", null, "TV", Set.of(Language.SPANISH),
                expertise, false, Visibility.MEMBERS));
    }

    private void speaks(String email, Language language) {
        Accounts.signIn(users, email);
        accounts.updatePreferences(language, null);
    }

    private List<String> newsletterMails(String email) {
        return jdbc.queryForList("select subject from outgoing_mail where lower(recipient) = lower(?)"
                + " and template = 'newsletter' order by id", String.class, email);
    }
}
