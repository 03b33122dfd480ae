package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.springframework.stereotype.Component;

/**
 * The rules of the secretariat's form, stated once: the texts required and their lengths ({@link ConsultationLimits}),
 * who takes part named completely (a network, a live group, or invited people with accounts), a closing time after
 * the opening and still ahead, and at most {@link ConsultationLimits#SUB_QUESTIONS} sub-questions.
 */
@Component
class ConsultationChecks {

    /** The form as stored, with the invited people's accounts. */
    record Checked(ConsultationForm form, Set<Long> invitees) {
    }

    private final MemberContacts contacts;
    private final GroupDirectory groups;

    ConsultationChecks(MemberContacts contacts, GroupDirectory groups) {
        this.contacts = contacts;
        this.groups = groups;
    }

    Checked cleaned(ConsultationForm form, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = line(form.title());
        String question = RichText.clean(form.question());
        String background = RichText.clean(form.background());
        required(problems, "title", title, ConsultationLimits.TITLE);
        required(problems, "question", question, ConsultationLimits.QUESTION);
        if (background.length() > ConsultationLimits.BACKGROUND) {
            problems.add(new FieldProblem("background", "consultation.problem.too-long", ConsultationLimits.BACKGROUND));
        }
        Set<Long> invitees = new LinkedHashSet<>();
        if (form.scope() == null) {
            problems.add(new FieldProblem("scope", "consultation.problem.required"));
        } else {
            switch (form.scope()) {
                case NETWORK -> {
                    if (form.network() == null) {
                        problems.add(new FieldProblem("network", "consultation.problem.required"));
                    }
                }
                case GROUP -> {
                    Long group = form.groupId();
                    if (group == null || groups.group(group).isEmpty()) {
                        problems.add(new FieldProblem("groupId", "consultation.problem.required"));
                    }
                }
                case INVITED -> invitees(form, problems, invitees);
            }
        }
        Instant opens = form.opensAt();
        Instant closes = form.closesAt();
        if (opens == null) {
            problems.add(new FieldProblem("opensAt", "consultation.problem.required"));
        }
        if (closes == null) {
            problems.add(new FieldProblem("closesAt", "consultation.problem.required"));
        } else if (opens != null && !closes.isAfter(opens)) {
            problems.add(new FieldProblem("closesAt", "consultation.problem.closes-before-opens"));
        } else if (!closes.isAfter(now)) {
            problems.add(new FieldProblem("closesAt", "consultation.problem.time-passed"));
        }
        List<String> subQuestions = form.subQuestions().stream().map(ConsultationChecks::line)
                .filter(s -> !s.isEmpty()).toList();
        if (subQuestions.size() > ConsultationLimits.SUB_QUESTIONS) {
            problems.add(new FieldProblem("subQuestions", "consultation.problem.too-many",
                    ConsultationLimits.SUB_QUESTIONS));
        } else if (subQuestions.stream().anyMatch(s -> s.length() > ConsultationLimits.SUB_QUESTION)) {
            problems.add(new FieldProblem("subQuestions", "consultation.problem.too-long",
                    ConsultationLimits.SUB_QUESTION));
        }
        Refused.throwIfAny(problems);
        return new Checked(new ConsultationForm(title, question, background, form.scope(), form.network(),
                form.groupId(), form.invitees(), form.anonymous(), opens, closes, subQuestions), invitees);
    }

    private void invitees(ConsultationForm form, List<FieldProblem> problems, Set<Long> invitees) {
        List<String> addresses = form.invitees().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
        if (addresses.isEmpty()) {
            problems.add(new FieldProblem("invitees", "consultation.problem.required"));
            return;
        }
        if (addresses.size() > ConsultationLimits.INVITEES) {
            problems.add(new FieldProblem("invitees", "consultation.problem.too-many", ConsultationLimits.INVITEES));
            return;
        }
        for (String address : addresses) {
            Optional<MemberContacts.Contact> contact = contacts.activeByEmail(address);
            if (contact.isEmpty()) {
                problems.add(new FieldProblem("invitees", "consultation.problem.no-account", address));
                return;
            }
            invitees.add(contact.get().accountId());
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, "consultation.problem.required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "consultation.problem.too-long", max));
        }
    }

    private static String line(String text) {
        return text.replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
    }
}
