package org.healthequity.exchange.workgroup;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.MemberContacts.Contact;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupAccess.Access;
import org.healthequity.exchange.workgroup.GroupAccess.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

/**
 * Groups through their life: the steering committee proposes, the secretariat approves (the space opens with its
 * leads), declines, creates directly or archives; and the groups each viewer may find.
 */
@Service
@Validated
@NamedInterface("api")
public class WorkingGroups {

    private static final Set<GroupStatus> LIVE = EnumSet.of(GroupStatus.ACTIVE, GroupStatus.ARCHIVED);

    private final WorkingGroupRepository groups;
    private final GroupMemberRepository members;
    private final JoinRequestRepository requests;
    private final GroupAccess access;
    private final GroupActivity activity;
    private final MemberContacts contacts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final GroupSearchChanges search;
    private final Clock clock;

    WorkingGroups(WorkingGroupRepository groups, GroupMemberRepository members, JoinRequestRepository requests,
            GroupAccess access, GroupActivity activity, MemberContacts contacts, AuditLog audit,
            ApplicationEventPublisher events, GroupSearchChanges search, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.requests = requests;
        this.access = access;
        this.activity = activity;
        this.contacts = contacts;
        this.audit = audit;
        this.events = events;
        this.search = search;
        this.clock = clock;
    }

    /** The groups the viewer may find, by name: the viewer's own (archived ones too) and the visible active ones. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<GroupCard> visibleGroups() {
        Viewer viewer = access.viewer();
        Map<Long, GroupMember> mine = viewer.user() == null ? Map.of()
                : members.findByAccountId(viewer.id()).stream()
                        .collect(Collectors.toMap(GroupMember::groupId, Function.identity()));
        List<GroupCard> cards = new ArrayList<>();
        for (WorkingGroup group : groups.findByStatusInOrderByNameAsc(LIVE)) {
            GroupMember member = mine.get(group.id());
            if (new Access(group, viewer, member).canSee()) {
                cards.add(GroupRecords.card(group, member == null ? null : member.role()));
            }
        }
        return cards;
    }

    /** A group's space, if the viewer may see it; otherwise nothing, exactly as for an unknown address. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<GroupPage> group(String slug) {
        Viewer viewer = access.viewer();
        return groups.findBySlug(slug).map(g -> access.of(g, viewer)).filter(Access::canSee).map(a -> {
            WorkingGroup g = a.group();
            GroupMember me = a.member();
            boolean pending = me == null && viewer.user() != null && requests.findByGroupIdAndAccountIdAndStatus(
                    g.id(), viewer.id(), JoinRequest.Status.PENDING).isPresent();
            boolean canJoin = me == null && viewer.user() != null && g.active()
                    && g.joinPolicy() != JoinPolicy.INVITATION && !pending;
            return new GroupPage(GroupRecords.card(g, me == null ? null : me.role()),
                    RichText.toSafeHtml(g.purpose()), RichText.toSafeHtml(g.terms()),
                    RichText.toSafeHtml(g.deliverables()), g.endsOn(), a.canPost(), a.canLead(), canJoin, pending,
                    me == null ? null : me.notifyMode());
        });
    }

    /** The proposals the signed-in person made, newest first, whatever became of them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GroupCard> myProposals() {
        long me = CurrentUser.require().accountId();
        return groups.findByProposedByOrderByCreatedAtDesc(me).stream().map(g -> GroupRecords.card(g, null))
                .toList();
    }

    /** The steering committee proposes a group; the secretariat decides. Returns the new group's id. */
    @RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional
    public long propose(@Valid GroupForm form) {
        WorkingGroup group = save(form);
        audit.record("workgroup.propose", "work_group", group.id(), AuditOutcome.SUCCESS, null);
        return group.id();
    }

    /** The secretariat creates an active group at once. Returns its id. */
    @StaffOnly
    @Transactional
    public long create(@Valid GroupForm form) {
        WorkingGroup group = save(form);
        open(group);
        audit.record("workgroup.create", "work_group", group.id(), AuditOutcome.SUCCESS, null);
        return group.id();
    }

    /** Approving a proposal opens the space with the leads it named. */
    @StaffOnly
    @Transactional
    public void approve(long groupId) {
        open(groups.findById(groupId).orElseThrow(GroupRefusals::notFound));
        audit.record("workgroup.approve", "work_group", groupId, AuditOutcome.SUCCESS, null);
    }

    @StaffOnly
    @Transactional
    public void decline(long groupId) {
        groups.findById(groupId).orElseThrow(GroupRefusals::notFound).decline(CurrentUser.require().accountId(),
                clock.instant());
        audit.record("workgroup.decline", "work_group", groupId, AuditOutcome.SUCCESS, null);
    }

    /** Archiving makes the group read-only; its members (and only they, with the secretariat) still find it. */
    @StaffOnly
    @Transactional
    public void archive(long groupId) {
        WorkingGroup group = groups.findById(groupId).orElseThrow(GroupRefusals::notFound);
        group.archive(clock.instant());
        search.group(groupId);
        members.findByGroupIdOrderByRoleAscJoinedAtAsc(groupId).stream().filter(GroupMember::lead)
                .forEach(lead -> events.publishEvent(new GroupLeadershipEnded(lead.accountId(), groupId)));
        activity.record(groupId, CurrentUser.require().accountId(), GroupActivity.Kind.GROUP_ARCHIVED, group.name(),
                null);
        audit.record("workgroup.archive", "work_group", groupId, AuditOutcome.SUCCESS, null);
    }

    /** Every group, proposals first, for the secretariat, in a fixed number of queries. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<AdminGroupRow> allGroups() {
        List<WorkingGroup> all = groups.findAll(Sort.by("name"));
        List<GroupMember> leads = members.findAll().stream().filter(GroupMember::lead).toList();
        Set<Long> ids = new HashSet<>();
        all.forEach(g -> ids.add(g.proposedBy()));
        leads.forEach(m -> ids.add(m.accountId()));
        Map<Long, String> names = contacts.names(ids);
        return all.stream()
                .sorted((a, b) -> Boolean.compare(b.status() == GroupStatus.PROPOSED, a.status() == GroupStatus.PROPOSED))
                .map(g -> new AdminGroupRow(g.id(), g.slug(), g.name(), g.network(), g.status(), g.visibility(),
                        g.joinPolicy(), names.getOrDefault(g.proposedBy(), ""),
                        leads.stream().filter(m -> m.groupId() == g.id()).map(m -> names.getOrDefault(m.accountId(), ""))
                                .toList(), g.createdAt()))
                .toList();
    }

    private WorkingGroup save(GroupForm form) {
        List<Contact> leads = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String email : form.leadEmails()) {
            if (email.isBlank() || !seen.add(email.strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            leads.add(contacts.activeByEmail(email)
                    .orElseThrow(() -> new Refused("leads", "workgroup.problem.unknown-person")));
        }
        if (leads.isEmpty()) {
            throw new Refused("leads", "workgroup.problem.no-leads");
        }
        WorkingGroup group = groups.save(new WorkingGroup(uniqueSlug(form.name()), form,
                CurrentUser.require().accountId(), clock.instant()));
        for (Contact lead : leads) {
            members.save(new GroupMember(group.id(), lead.accountId(), GroupRole.LEAD, clock.instant()));
        }
        return group;
    }

    private void open(WorkingGroup group) {
        group.approve(CurrentUser.require().accountId(), clock.instant());
        activity.record(group.id(), CurrentUser.require().accountId(), GroupActivity.Kind.GROUP_OPENED, group.name(),
                null);
        members.findByGroupIdOrderByRoleAscJoinedAtAsc(group.id()).stream().filter(GroupMember::lead)
                .forEach(lead -> events.publishEvent(new GroupLeadAppointed(lead.accountId(), group.id())));
    }

    private String uniqueSlug(String name) {
        String base = slug(name);
        String slug = base;
        for (int n = 2; groups.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower-case ASCII words joined by dashes ("Équité & santé" becomes "equite-sante"). */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "group" : slug;
    }
}
