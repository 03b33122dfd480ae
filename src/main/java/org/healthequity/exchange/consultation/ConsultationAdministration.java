package org.healthequity.exchange.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.healthequity.exchange.workgroup.GroupOption;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's consultations: create and edit them, say who takes part, publish them (the participants are told)
 * and close one early. Every step names the version it was loaded with.
 */
@Service
public class ConsultationAdministration {

    private final ConsultationRepository consultations;
    private final ConsultationRows rows;
    private final ConsultationChecks checks;
    private final ConsultationMails mails;
    private final GroupDirectory groups;
    private final MemberContacts contacts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationAdministration(ConsultationRepository consultations, ConsultationRows rows, ConsultationChecks checks,
            ConsultationMails mails, GroupDirectory groups, MemberContacts contacts, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.consultations = consultations;
        this.rows = rows;
        this.checks = checks;
        this.mails = mails;
        this.groups = groups;
        this.contacts = contacts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of every consultation: open ones first, then upcoming, then closed, drafts last. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<AdminConsultationRow> page(int offset, int limit) {
        Instant now = clock.instant();
        return rows.visible(everyone(), now, offset, limit).stream().map(r -> new AdminConsultationRow(r.id(),
                r.title(), r.scope(), r.phase(now), r.opensAt(), r.closesAt(), r.contributions())).toList();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public long count() {
        return rows.countVisible(everyone());
    }

    private static ConsultationRows.Viewer everyone() {
        return new ConsultationRows.Viewer(true, List.of(), List.of(), CurrentUser.require().accountId());
    }

    /** The active working groups a consultation may be held in. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<GroupOption> groups() {
        return groups.groupsIMayOrganise();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public EditableConsultation consultation(long id) {
        return editable(find(id));
    }

    /** A new draft, seen by the secretariat only until it is published. */
    @StaffOnly
    @Transactional
    public EditableConsultation create(ConsultationForm form) {
        ConsultationChecks.Checked checked = checks.cleaned(form, clock.instant());
        Consultation consultation = new Consultation(CurrentUser.require().accountId(), clock.instant());
        consultation.edit(checked.form(), false, clock.instant());
        consultation = consultations.saveAndFlush(consultation);
        rows.replaceSubQuestions(consultation.id(), checked.form().subQuestions());
        rows.replaceInvitees(consultation.id(), checked.invitees());
        audit.record("consultation.create", "consultation", consultation.id(), AuditOutcome.SUCCESS, null);
        return editable(consultation);
    }

    /** Saves the texts, participants and times; sub-questions and anonymity stay once contributions exist. */
    @StaffOnly
    @Transactional
    public EditableConsultation save(long id, long loadedVersion, ConsultationForm form) {
        ConsultationChecks.Checked checked = checks.cleaned(form, clock.instant());
        boolean contributed = rows.hasContributions(id);
        if (contributed && !rows.subQuestions(id).stream().map(SubQuestionView::text).toList()
                .equals(checked.form().subQuestions())) {
            throw new Refused("subQuestions", "consultation.problem.sub-questions-fixed");
        }
        EditableConsultation saved = step(id, loadedVersion, "consultation.update",
                c -> c.edit(checked.form(), contributed, clock.instant()));
        rows.replaceSubQuestions(id, checked.form().subQuestions());
        rows.replaceInvitees(id, checked.invitees());
        events.publishEvent(new SearchableChanged(ConsultationSearchSource.TYPE, id));
        return editable(find(id));
    }

    /** Shows it to its participants, who are told by mail when it opens and closes. */
    @StaffOnly
    @Transactional
    public EditableConsultation publish(long id, long loadedVersion) {
        return publish(id, loadedVersion, true);
    }

    /** {@link #publish(long, long)}, with or without its mail (without: the demo seeder, ADR 0015). */
    EditableConsultation publish(long id, long loadedVersion, boolean mail) {
        EditableConsultation published = step(id, loadedVersion, "consultation.publish",
                c -> c.publish(clock.instant()));
        if (mail) {
            mails.opened(find(id));
        }
        events.publishEvent(new SearchableChanged(ConsultationSearchSource.TYPE, id));
        return published;
    }

    /** Closes an open consultation now. */
    @StaffOnly
    @Transactional
    public EditableConsultation close(long id, long loadedVersion) {
        return step(id, loadedVersion, "consultation.close", c -> c.close(clock.instant()));
    }

    /** The display names of invited people, for the form (the addresses are what the secretariat typed). */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<Long, String> inviteeNames(long id) {
        return contacts.names(rows.invitees(id));
    }

    private EditableConsultation step(long id, long loadedVersion, String action, Consumer<Consultation> change) {
        Consultation consultation = find(id);
        if (consultation.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        change.accept(consultation);
        try {
            consultation = consultations.saveAndFlush(consultation);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile(e);
        }
        audit.record(action, "consultation", id, AuditOutcome.SUCCESS, consultation.phase(clock.instant()).name());
        return editable(consultation);
    }

    private Consultation find(long id) {
        return consultations.findById(id).orElseThrow(ConsultationAccess::unknown);
    }

    private EditableConsultation editable(Consultation c) {
        List<String> invitees = rows.invitees(c.id()).stream().map(contacts::contact).flatMap(Optional::stream)
                .map(MemberContacts.Contact::email).toList();
        ConsultationForm form = new ConsultationForm(c.title(), c.question(), c.background(), c.scope(), c.network(),
                c.groupId(), invitees, c.anonymous(), c.opensAt(), c.closesAt(),
                rows.subQuestions(c.id()).stream().map(SubQuestionView::text).toList());
        return new EditableConsultation(c.id(), form, c.phase(clock.instant()), rows.hasContributions(c.id()),
                c.version());
    }
}
