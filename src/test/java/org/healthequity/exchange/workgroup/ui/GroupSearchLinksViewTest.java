package org.healthequity.exchange.workgroup.ui;

import java.nio.charset.StandardCharsets;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.ViewTest;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.TabSheet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places search results link to: a reply opens its thread at that post, a document opens the documents tab at
 * its versions; a viewer who may not see the group sees neither.
 */
class GroupSearchLinksViewTest extends ViewTest {

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    GroupDocuments documents;

    @Autowired
    private WorkgroupFixture fixture;
    private WorkgroupFixture.Circle circle;

    @BeforeEach
    void setUp() {
        circle = fixture.circle("Linked", Network.GKNHE, GroupVisibility.PRIVATE, "Rita Lead", "Remy Member",
                "Rosa Outsider");
    }

    @Test
    void aReplysLinkOpensItsThreadAtThatPost() {
        fixture.signIn(circle.member());
        long thread = discussions.start(circle.group(), "Night clinics", "Who opens at night?");
        discussions.reply(thread, "We do, twice a week.");
        long reply = discussions.reply(thread, "We tried and stopped.");
        fixture.signOut();

        login(circle.member());
        navigate("groups/" + fixture.slug(circle.group()) + "?thread=" + thread + "&post=" + reply);
        Div post = _get(Div.class, spec -> spec.withId("post-" + reply));
        assertThat(post.getClassNames()).contains("group-post", "group-post-focus");
        assertThat(_find(Div.class, spec -> spec.withClasses("group-post-focus"))).containsExactly(post);
    }

    @Test
    void aDocumentsLinkOpensTheDocumentsTabAtItsVersions() {
        fixture.signIn(circle.member());
        long document = documents.upload(circle.group(), "Workplan", "", "workplan.pdf",
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        documents.uploadVersion(document, "workplan-2.pdf", "%PDF-1.4\n%2\n".getBytes(StandardCharsets.US_ASCII));
        fixture.signOut();

        login(circle.member());
        navigate("groups/" + fixture.slug(circle.group()) + "?document=" + document);
        assertThat(_get(TabSheet.class).getSelectedIndex()).isEqualTo(1);
        ListItem item = _get(ListItem.class, spec -> spec.withId("document-" + document));
        assertThat(item.getClassNames()).contains("group-document-focus");
        assertThat(_get(item, Details.class).isOpened()).as("the earlier versions are shown").isTrue();
    }

    @Test
    void aStrangerFollowingAPostLinkOfAPrivateGroupSeesNothingOfIt() {
        fixture.signIn(circle.member());
        long thread = discussions.start(circle.group(), "Private matter", "Only for us");
        long reply = discussions.reply(thread, "Indeed.");
        fixture.signOut();

        login(circle.outsider());
        navigate("groups/" + fixture.slug(circle.group()) + "?thread=" + thread + "&post=" + reply);
        assertThat(_find(Component.class, spec -> spec.withId("post-" + reply))).isEmpty();
    }
}
