package org.healthequity.exchange.workgroup.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.ViewTest;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.MemberRow;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's lead types addresses into every address field of the Members tab to learn who has an account and what
 * they are called, or to pull people into the group without asking them.
 */
@Tag("attack")
class GroupMembersPanelAttackTest extends ViewTest {

    @Autowired
    private WorkgroupFixture fixture;

    @Autowired
    GroupMembership membership;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void leadProbingAnUnknownAndAKnownAddressGetsIdenticalAnswers() {
        String lead = fixture.person("Pia Prober", Network.GKNHE);
        String known = fixture.person("Kira Known", Network.GKNHE);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        long group = fixture.group("Probe", Network.GKNHE, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, lead);
        login(lead);

        int fields = membersTab(fixture, group).size();
        assertThat(fields).isPositive();
        for (int field = 0; field < fields; field++) {
            List<String> answerForKnown = probe(fixture, group, field, known);
            List<String> answerForUnknown = probe(fixture, group, field, unknown);

            assertThat(answerForKnown).as("address field %d", field).isEqualTo(answerForUnknown);
            assertThat(_find(Span.class, spec -> spec.withText("Kira Known"))).isEmpty();
        }
        assertThat(membership.members(group)).extracting(MemberRow::name).doesNotContain("Kira Known");
    }

    /** Types the address into the field and presses the button beside it; returns what the lead then sees. */
    private List<String> probe(WorkgroupFixture fixture, long group, int field, String address) {
        EmailField input = membersTab(fixture, group).get(field);
        _setValue(input, address);
        Component row = input.getParent().orElseThrow();
        _click(_get(row, Button.class));
        List<String> seen = new ArrayList<>();
        NotificationsKt.getNotifications().forEach(n -> seen.add(n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()));
        seen.add(String.valueOf(input.isInvalid()) + input.getErrorMessage());
        membership.members(group).forEach(m -> seen.add(m.name()));
        NotificationsKt.clearNotifications();
        return seen;
    }

    private List<EmailField> membersTab(WorkgroupFixture fixture, long group) {
        navigate("groups/" + fixture.slug(group));
        _get(TabSheet.class).setSelectedIndex(2);
        return _find(EmailField.class);
    }
}
