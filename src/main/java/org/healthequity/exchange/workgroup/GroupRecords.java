package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.shared.text.RichText;

/** Nothing but a namespace for the read models' factory methods shared by the services. */
final class GroupRecords {

    private GroupRecords() {
    }

    static GroupCard card(WorkingGroup group, GroupRole myRole) {
        return new GroupCard(group.id(), group.slug(), group.name(),
                RichText.excerpt(group.purpose(), 240), group.network(),
                group.visibility(), group.joinPolicy(), group.status(), myRole);
    }
}
