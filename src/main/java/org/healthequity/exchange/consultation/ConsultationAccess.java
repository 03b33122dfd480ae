package org.healthequity.exchange.consultation;

import java.time.Clock;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see a consultation, take part in it and moderate it, object by object: the
 * secretariat sees and moderates every one; a published one is seen by the members of its network, its group's members
 * or the people invited; a group's leads moderate that group's consultations. One the caller may not see is answered
 * like one that does not exist.
 */
@Component
class ConsultationAccess {

    /** One signed-in person's standing in one consultation. */
    record Access(Consultation consultation, ExchangeUser user, boolean participant, boolean moderator) {

        boolean canSee() {
            return user.isStaff() || (consultation.status() == Consultation.Status.PUBLISHED
                    && (participant || moderator));
        }
    }

    private final ConsultationRepository consultations;
    private final ConsultationRows rows;
    private final MemberContacts contacts;
    private final GroupDirectory groups;
    private final Clock clock;

    ConsultationAccess(ConsultationRepository consultations, ConsultationRows rows, MemberContacts contacts,
            GroupDirectory groups, Clock clock) {
        this.consultations = consultations;
        this.rows = rows;
        this.contacts = contacts;
        this.groups = groups;
        this.clock = clock;
    }

    Access of(Consultation consultation) {
        ExchangeUser me = CurrentUser.require();
        boolean participant = switch (consultation.scope()) {
            case NETWORK -> {
                Network network = consultation.network();
                Set<Network> mine = contacts.myNetworks();
                yield network != null && mine.contains(network);
            }
            case GROUP -> {
                Long group = consultation.groupId();
                yield group != null && groups.isMember(group, me.accountId());
            }
            case INVITED -> rows.invited(consultation.id(), me.accountId());
        };
        Long group = consultation.groupId();
        boolean moderator = me.isStaff() || (consultation.scope() == ConsultationScope.GROUP && group != null
                && groups.iLead(group));
        return new Access(consultation, me, participant, moderator);
    }

    /** A consultation the caller may see. */
    Access readable(long id) {
        Access access = consultations.findById(id).map(this::of).orElseThrow(ConsultationAccess::unknown);
        if (!access.canSee()) {
            throw unknown();
        }
        return access;
    }

    /** A consultation the caller may contribute to now: a participant (or moderator) while it is open. */
    Access contributable(long id) {
        Access access = readable(id);
        if (!access.participant() && !access.moderator()) {
            throw new Refused("body", "consultation.problem.not-participant");
        }
        access.consultation().requireOpen(clock.instant());
        return access;
    }

    /** A consultation the caller moderates. */
    Access moderated(long id) {
        Access access = readable(id);
        if (!access.moderator()) {
            throw new Refused("consultation.problem.moderators-only");
        }
        return access;
    }

    static Refused unknown() {
        return new Refused("consultation.problem.unknown");
    }
}
