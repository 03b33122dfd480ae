package org.healthequity.exchange.notification;

import java.util.Arrays;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Header injection through what people type into mail: a display name or a subject carrying CR/LF and a header of its
 * own must arrive as one line of text, with no extra recipient and no extra header.
 */
@Tag("attack")
class MailHeaderAttackTest extends IntegrationTest {

    @Autowired
    private WorkgroupFixture workgroupFixture;

    @Autowired
    MailOutbox outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private void assertNoInjectedHeader(String victim, String spy) throws Exception {
        MailDelivery.sendQueued(context);
        MimeMessage[] all = greenMail.getReceivedMessages();
        assertThat(Arrays.stream(all).filter(m -> recipients(m).contains(spy))).as("mail to the injected address")
                .isEmpty();
        // The victim may also have an invitation; the mail under attack is the one whose text carries the payload.
        MimeMessage message = Arrays.stream(all).filter(m -> recipients(m).contains(victim))
                .filter(m -> subject(m).contains(spy)).findFirst().orElseThrow();
        assertThat(message.getAllRecipients()).hasSize(1);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X-Injected")).isNull();
        assertThat(message.getSubject()).doesNotContain("\r", "\n").contains("Bcc: " + spy);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? "" : Arrays.toString(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void displayNameWithALineBreakAddsNoHeaderToTheMentionMail() throws Exception {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Hedda Lead", Network.GKNHE);
        String victim = fixture.person("Vic Target", Network.GKNHE);
        String spy = uniqueEmail("spy");
        long group = fixture.group("Mail circle", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.OPEN, lead);
        fixture.addMember(group, lead, victim);
        fixture.signIn(lead);
        accounts.rename("Eve\r\nBcc: " + spy + "\r\nX-Injected: yes\r\n\r\nForged body");
        discussions.start(group, "Hello", "Hi @Vic Target, please read this");
        fixture.signOut();

        assertNoInjectedHeader(victim, spy);
    }

    @Test
    void composedSubjectWithALineBreakAddsNoHeader() throws Exception {
        String victim = uniqueEmail("applicant");
        String spy = uniqueEmail("spy");
        outbox.queueComposed(victim, Language.ENGLISH, "opencall-decision-accept",
                new MailDraft("Accepted\r\nBcc: " + spy + "\nX-Injected: yes", "Welcome"));

        assertNoInjectedHeader(victim, spy);
    }

    @Test
    void recipientOrAttachmentNameCarryingAHeaderIsRefused() {
        assertThatThrownBy(() -> outbox.queue(uniqueEmail("a") + "\r\nBcc: x@example.net", Language.ENGLISH,
                "password-changed", "A", "https://x.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.queue("A <a@example.net>, b@example.net", Language.ENGLISH,
                "password-changed", "A", "https://x.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("invite.ics\r\nX-Injected: yes", "text/calendar", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailAttachment.calendar("invite.ics", "REQUEST\r\nX-Injected: yes", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
