package org.healthequity.exchange.webinar;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and join what: public webinars are for everyone; a network's webinars for its members, the secretariat
 * and administrators. The secretariat and administrators organise and edit.
 */
@Component
class Viewers {

    private final MemberContacts contacts;

    Viewers(MemberContacts contacts) {
        this.contacts = contacts;
    }

    /** The audiences the current viewer may see, as stored codes. */
    List<String> visibleAudiences() {
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        List<String> audiences = new ArrayList<>(List.of(Audience.PUBLIC.name()));
        if (viewer == null) {
            return audiences;
        }
        if (organises(viewer)) {
            return List.of(Audience.PUBLIC.name(), Audience.GKNHE.name(), Audience.HIM.name());
        }
        for (Network network : contacts.myNetworks()) {
            audiences.add(network.name());
        }
        return audiences;
    }

    boolean maySee(Audience audience) {
        return visibleAudiences().contains(audience.name());
    }

    static boolean organises(@Nullable ExchangeUser viewer) {
        return viewer != null && (viewer.hasRole(Role.SECRETARIAT) || viewer.hasRole(Role.ADMIN));
    }

    /** The organiser of a webinar, the secretariat and administrators may change it. */
    static boolean mayEdit(@Nullable ExchangeUser viewer, Webinar webinar) {
        return viewer != null && (organises(viewer) || (webinar.organiserId() != null
                && webinar.organiserId() == viewer.accountId() && viewer.hasRole(Role.GROUP_LEAD)));
    }

    static long meOrNobody() {
        return CurrentUser.get().map(ExchangeUser::accountId).orElse(-1L);
    }
}
