package org.healthequity.exchange.webinar;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and join what: public webinars are for everyone; a network's webinars for its members, a working
 * group's for its members, and everything for the secretariat and administrators. The secretariat and administrators
 * organise and edit anything; a group's leads organise and edit their group's meetings, and nothing else.
 */
@Component
class Viewers {

    /** A group id no group has, so that {@code in (:groups)} stays valid SQL when the viewer is in no group. */
    private static final long NO_GROUP = -1L;

    private final MemberContacts contacts;
    private final GroupDirectory groups;

    Viewers(MemberContacts contacts, GroupDirectory groups) {
        this.contacts = contacts;
        this.groups = groups;
    }

    /** The audiences the current viewer may see, as stored codes (a group's webinars: see {@link #visibleGroups}). */
    List<String> visibleAudiences() {
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        List<String> audiences = new ArrayList<>(List.of(Audience.PUBLIC.name()));
        if (viewer == null) {
            return audiences;
        }
        if (organises(viewer)) {
            return List.of(Audience.PUBLIC.name(), Audience.GKNHE.name(), Audience.HIM.name(), Audience.GROUP.name());
        }
        for (Network network : contacts.myNetworks()) {
            audiences.add(network.name());
        }
        return audiences;
    }

    /** The groups whose webinars the current viewer sees as a member; never empty, for SQL. */
    List<Long> visibleGroups() {
        List<Long> mine = new ArrayList<>(groups.myGroupIds());
        mine.add(NO_GROUP);
        return mine;
    }

    boolean maySee(Webinar webinar) {
        if (webinar.audience() == Audience.GROUP) {
            Long group = webinar.groupId();
            return organises(CurrentUser.get().orElse(null))
                    || (group != null && groups.myGroupIds().contains(group));
        }
        return visibleAudiences().contains(webinar.audience().name());
    }

    /**
     * Whether a person who is not signed in here (the owner of a calendar feed) still belongs to a webinar's audience,
     * by the same rules as {@link #maySee}, judged on their roles, networks and groups as they are now.
     */
    boolean stillInAudience(long accountId, MemberContacts.Standing person, Audience audience,
            @Nullable Long groupId) {
        if (audience == Audience.PUBLIC || person.isStaff()) {
            return true;
        }
        if (audience == Audience.GROUP) {
            return groupId != null && groups.isMember(groupId, accountId);
        }
        return audience.network().map(person.networks()::contains).orElse(false);
    }

    static boolean organises(@Nullable ExchangeUser viewer) {
        return viewer != null && viewer.isStaff();
    }

    /** The secretariat and administrators may change any webinar; a group's leads their group's meetings. */
    boolean mayEdit(@Nullable ExchangeUser viewer, Webinar webinar) {
        return viewer != null && (organises(viewer) || leadsGroupOf(webinar.audience(), webinar.groupId()));
    }

    /** Whether the current person may schedule for this audience (the secretariat: any; a lead: their group). */
    boolean mayOrganiseFor(Audience audience, @Nullable Long groupId) {
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        if (audience == Audience.GROUP && (groupId == null || groups.group(groupId).isEmpty())) {
            return false;
        }
        return organises(viewer) || leadsGroupOf(audience, groupId);
    }

    private boolean leadsGroupOf(Audience audience, @Nullable Long groupId) {
        return audience == Audience.GROUP && groupId != null && groups.iLead(groupId);
    }

    static long meOrNobody() {
        return CurrentUser.get().map(ExchangeUser::accountId).orElse(-1L);
    }
}
