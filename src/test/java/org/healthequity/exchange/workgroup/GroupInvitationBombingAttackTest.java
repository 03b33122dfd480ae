package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group lead (or a stolen lead session) uses group invitations to flood an address with the portal's mail, or to
 * carry a link in the group's name (ASVS V2.4 anti-automation; V3.2 output encoding in mail).
 */
@Tag("attack")
class GroupInvitationBombingAttackTest extends IntegrationTest {

    @Autowired
    private WorkgroupFixture fixture;

    @Autowired
    GroupMembership membership;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void invitingOneAddressOverAndOverMailsItOnlyUpToTheLimit() {
        inAnHourOfItsOwn();
        String lead = fixture.person("Lena Lead", Network.GKNHE);
        long group = fixture.group("Bombers", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.INVITATION, lead);
        String victim = uniqueEmail("group-bomb");

        fixture.signIn(lead);
        for (int i = 0; i < 10; i++) {
            membership.invite(group, victim, Language.ENGLISH);
        }

        assertThat(Outbox.templatesFor(jdbc, victim)).hasSize(3).containsOnly("workgroup-invitation");
    }

    @Test
    void aGroupNameHoldingALinkBecomesNoLinkInTheInvitation() {
        String lead = fixture.person("Lena Lead", Network.GKNHE);
        long group = fixture.group("Claim prize at https://evil.example/win", Network.GKNHE, GroupVisibility.PUBLIC,
                JoinPolicy.INVITATION, lead);
        String invitee = uniqueEmail("group-link");

        fixture.signIn(lead);
        membership.invite(group, invitee, Language.ENGLISH);

        String html = jdbc.queryForObject("select html_body from outgoing_mail where recipient = ?", String.class,
                invitee);
        assertThat(html).doesNotContain("https://evil.example").doesNotContain("href=\"https://evil")
                .containsPattern("<a href=\"http://localhost:8080/groups/[a-z0-9-]+\\?invitation=");
    }
}
