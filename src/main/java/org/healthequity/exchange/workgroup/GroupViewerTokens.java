package org.healthequity.exchange.workgroup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.search.ViewerTokens;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.stereotype.Component;

/**
 * The groups whose members-only content a signed-in person may find ({@code "group:12"}), exactly as the group pages
 * let them read it ({@link GroupAccess.Access#canSee()}): every live group (active or archived) they belong to, and for
 * the secretariat and administrators every live group. Nobody holds the token of a proposed or declined group.
 */
@Component
class GroupViewerTokens implements ViewerTokens {

    private final GroupSearchRows rows;

    GroupViewerTokens(GroupSearchRows rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tokens(ExchangeUser viewer) {
        List<Long> groups = viewer.isStaff() ? rows.liveGroups() : rows.liveGroupsOf(viewer.accountId());
        Set<String> tokens = new HashSet<>();
        groups.forEach(id -> tokens.add("group:" + id));
        return tokens;
    }
}
