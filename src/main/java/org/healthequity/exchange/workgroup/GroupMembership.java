package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.shared.security.Hashes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.AccountLimits;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupAccess.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Who is in a group: joining or asking to join, invitations (single-use, expiring, for the invited address only; the
 * only way a lead brings someone in), leads removing, promoting and demoting members, members leaving and choosing their mail. Each step checks the caller's
 * standing in that very group.
 */
@Service
@Validated
public class GroupMembership {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final JoinRequestRepository requests;
    private final GroupInvitationRepository invitations;
    private final WorkingGroupRepository groups;
    private final GroupActivity activity;
    private final GroupMails mails;
    private final MemberContacts contacts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration invitationValidity;

    GroupMembership(GroupAccess access, GroupMemberRepository members, JoinRequestRepository requests,
            GroupInvitationRepository invitations, WorkingGroupRepository groups, GroupActivity activity,
            GroupMails mails, MemberContacts contacts, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, WorkgroupSettings settings) {
        this.access = access;
        this.members = members;
        this.requests = requests;
        this.invitations = invitations;
        this.groups = groups;
        this.activity = activity;
        this.mails = mails;
        this.contacts = contacts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.invitationValidity = settings.invitationValidity();
    }

    /** The members of a group the viewer may see, leads first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<MemberRow> members(long groupId) {
        access.readable(groupId);
        List<GroupMember> list = members.findByGroupIdOrderByRoleAscJoinedAtAsc(groupId);
        Map<Long, String> names = contacts.names(list.stream().map(GroupMember::accountId).toList());
        return list.stream().map(m -> new MemberRow(m.accountId(), names.getOrDefault(m.accountId(), ""), m.role(),
                m.joinedAt())).toList();
    }

    /** Joins an open group, or asks the leads of a group that approves its members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public JoinOutcome join(long groupId, @Size(max = JoinRequest.MESSAGE_MAX) String message) {
        Access a = access.readable(groupId);
        if (!a.group().active()) {
            throw GroupRefusals.readOnly();
        }
        if (a.member() != null) {
            throw new Refused("workgroup.problem.already-member");
        }
        long me = a.viewer().id();
        switch (a.group().joinPolicy()) {
            case OPEN -> {
                addMember(a.group(), me, me, GroupActivity.Kind.MEMBER_JOINED);
                return JoinOutcome.JOINED;
            }
            case REQUEST -> {
                if (requests.findByGroupIdAndAccountIdAndStatus(groupId, me, JoinRequest.Status.PENDING)
                        .isPresent()) {
                    throw new Refused("workgroup.problem.already-requested");
                }
                try {
                    requests.saveAndFlush(new JoinRequest(groupId, me, message, clock.instant()));
                } catch (DataIntegrityViolationException e) {
                    throw new Refused("workgroup.problem.already-requested");
                }
                return JoinOutcome.REQUESTED;
            }
            default -> throw new Refused("workgroup.problem.invitation-only");
        }
    }

    /** Pending requests of a group, for its leads. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<JoinRequestRow> pendingRequests(long groupId) {
        access.led(groupId);
        List<JoinRequest> pending = requests.findByGroupIdAndStatusOrderByCreatedAtAsc(groupId,
                JoinRequest.Status.PENDING);
        Map<Long, String> names = contacts.names(pending.stream().map(JoinRequest::accountId).toList());
        return pending.stream().map(r -> new JoinRequestRow(r.id(), r.accountId(),
                names.getOrDefault(r.accountId(), ""), r.message(), r.createdAt())).toList();
    }

    /** A lead of the request's own group approves or declines it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decideRequest(long requestId, boolean approve) {
        JoinRequest request = requests.findById(requestId).orElseThrow(GroupRefusals::notFound);
        Access a = access.led(request.groupId());
        request.decide(approve, a.viewer().id(), clock.instant());
        if (approve && members.findByGroupIdAndAccountId(request.groupId(), request.accountId()).isEmpty()) {
            addMember(a.group(), request.accountId(), a.viewer().id(), GroupActivity.Kind.MEMBER_JOINED);
        }
    }

    /** A lead removes a member; the last lead stays. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long groupId, long accountId) {
        Access a = access.led(groupId);
        GroupMember member = members.findByGroupIdAndAccountId(groupId, accountId)
                .orElseThrow(GroupRefusals::notFound);
        ensureNotLastLead(member);
        members.delete(member);
        if (member.lead()) {
            events.publishEvent(new GroupLeadershipEnded(accountId, groupId));
        }
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.MEMBER_REMOVED, name(accountId), null);
        audit.record("workgroup.remove-member", "work_group", groupId, AuditOutcome.SUCCESS, "account " + accountId);
    }

    /** A lead makes a member a lead of this group. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void promote(long groupId, long accountId) {
        Access a = access.led(groupId);
        GroupMember member = members.findByGroupIdAndAccountId(groupId, accountId)
                .orElseThrow(GroupRefusals::notFound);
        member.promote();
        events.publishEvent(new GroupLeadAppointed(accountId, groupId));
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.MEMBER_PROMOTED, name(accountId), null);
        audit.record("workgroup.promote", "work_group", groupId, AuditOutcome.SUCCESS, "account " + accountId);
    }

    /** A lead makes another lead an ordinary member of this group; the last lead stays. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void demote(long groupId, long accountId) {
        access.led(groupId);
        GroupMember member = members.findByGroupIdAndAccountId(groupId, accountId)
                .filter(GroupMember::lead).orElseThrow(GroupRefusals::notFound);
        ensureNotLastLead(member);
        member.demote();
        events.publishEvent(new GroupLeadershipEnded(accountId, groupId));
        audit.record("workgroup.demote", "work_group", groupId, AuditOutcome.SUCCESS, "account " + accountId);
    }

    /** A member leaves; the last lead must first make someone else a lead. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void leave(long groupId) {
        Access a = access.readable(groupId);
        if (a.member() == null) {
            throw new Refused("workgroup.problem.members-only");
        }
        if (!a.group().active()) {
            throw GroupRefusals.readOnly();
        }
        ensureNotLastLead(a.member());
        members.delete(a.member());
        if (a.member().lead()) {
            events.publishEvent(new GroupLeadershipEnded(a.viewer().id(), groupId));
        }
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.MEMBER_LEFT, "", null);
    }

    /** What mail the member gets about the group's posts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void notifyBy(long groupId, @NotNull NotifyMode mode) {
        Access a = access.readable(groupId);
        if (a.member() == null) {
            throw new Refused("workgroup.problem.members-only");
        }
        a.member().notifyBy(mode);
    }

    /**
     * A lead invites an address; the mail carries a single-use link that only that address can accept, signed in. The
     * answer is the same whether the address has an account, is already a member or is unknown, so a lead learns
     * nothing about who uses the portal, and nobody joins a group without accepting.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void invite(long groupId, @NotBlank @Email @Size(max = AccountLimits.EMAIL_MAX) String email,
            @NotNull Language language) {
        Access a = access.led(groupId);
        String secret = newSecret();
        invitations.save(new GroupInvitation(groupId, email, hash(secret), a.viewer().id(), clock.instant(),
                clock.instant().plus(invitationValidity)));
        ExchangeUser me = CurrentUser.require();
        mails.invitation(email.strip(), language, me.displayName(), a.group(), secret);
        audit.record("workgroup.invite", "work_group", groupId, AuditOutcome.SUCCESS, null);
    }

    /**
     * Accepts an invitation as the signed-in person, who must hold the invited address. Returns the group's slug. An
     * unknown secret, a used or expired invitation, another address or a group no longer active are refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String acceptInvitation(String secret) {
        ExchangeUser me = CurrentUser.require();
        GroupInvitation invitation = invitations.findByTokenHash(hash(secret.strip()))
                .orElseThrow(() -> new Refused("workgroup.invitation.invalid"));
        WorkingGroup group = groups.findById(invitation.groupId()).orElseThrow(GroupRefusals::notFound);
        if (!group.active()) {
            throw new Refused("workgroup.invitation.invalid");
        }
        invitation.accept(me.getUsername(), me.accountId(), clock.instant());
        if (members.findByGroupIdAndAccountId(group.id(), me.accountId()).isEmpty()) {
            addMember(group, me.accountId(), me.accountId(), GroupActivity.Kind.MEMBER_JOINED);
        }
        audit.record("workgroup.accept-invitation", "work_group", group.id(), AuditOutcome.SUCCESS, null);
        return group.slug();
    }

    /**
     * Seeding hook of the demo groups (ADR 0015): the signed-in person joins an active group as if they had accepted an
     * invitation. No service brings anyone into a group that takes members by invitation only without mailing them a
     * link, and the demo people are not mailed about the demo world.
     */
    void joinAsInvited(long groupId) {
        WorkingGroup group = groups.findById(groupId).filter(WorkingGroup::active)
                .orElseThrow(GroupRefusals::notFound);
        long me = CurrentUser.require().accountId();
        if (members.findByGroupIdAndAccountId(groupId, me).isEmpty()) {
            addMember(group, me, me, GroupActivity.Kind.MEMBER_JOINED);
        }
    }

    private void addMember(WorkingGroup group, long accountId, long actor, GroupActivity.Kind kind) {
        members.save(new GroupMember(group.id(), accountId, GroupRole.MEMBER, clock.instant()));
        activity.record(group.id(), actor, kind, name(accountId), null);
    }

    private void ensureNotLastLead(GroupMember member) {
        if (member.lead() && members.countByGroupIdAndRole(member.groupId(), GroupRole.LEAD) <= 1) {
            throw new Refused("workgroup.problem.last-lead");
        }
    }

    private String name(long accountId) {
        return contacts.names(List.of(accountId)).getOrDefault(accountId, "");
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
