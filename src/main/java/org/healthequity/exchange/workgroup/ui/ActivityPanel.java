package org.healthequity.exchange.workgroup.ui;

import java.util.List;

import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.workgroup.ActivityRow;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What happened in the group lately, newest first, each line linking to its thread when it has one. */
class ActivityPanel extends VerticalLayout {

    ActivityPanel(GroupDiscussions discussions, GroupPage page) {
        setPadding(false);
        List<ActivityRow> rows = discussions.activity(page.card().id());
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("workgroup.activity.empty")));
        }
        UnorderedList list = new UnorderedList();
        for (ActivityRow row : rows) {
            String text = getTranslation(row.messageKey(), row.actorName(), row.subject());
            ListItem item = new ListItem();
            if (row.threadId() != null) {
                item.add(new Anchor("groups/" + page.card().slug() + "?thread=" + row.threadId(), text));
            } else {
                item.add(new Span(text));
            }
            item.add(new Span(" · " + ViewerTime.format(row.at())));
            list.add(item);
        }
        add(list);
    }
}
