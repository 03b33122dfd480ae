package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/** The module's mail: the applicant's confirmation with a copy of the answers, reminders, decisions. */
@Component
class CallMails {

    private final MailOutbox outbox;
    private final ExchangeProperties properties;
    private final Translations translations;

    CallMails(MailOutbox outbox, ExchangeProperties properties, Translations translations) {
        this.outbox = outbox;
        this.properties = properties;
        this.translations = translations;
    }

    void submitted(ExchangeUser applicant, CallApplication application, OpenCall call,
            List<ApplicationFileInfo> files) {
        Language language = applicant.language() == null ? Language.ENGLISH : applicant.language();
        ZoneId zone = ApplicationSubmission.zoneOf(applicant, call);
        outbox.queue(applicant.getUsername(), language, "opencall-submitted", applicant.displayName(), call.title(),
                when(application.submittedAt(), zone, language), copy(call.definition(), application.submittedAnswers(),
                        files, language), properties.baseUrl() + "/my/applications",
                when(call.closesAt(), zone, language));
    }

    void reminder(String email, Language language, String name, OpenCall call, int open) {
        outbox.queue(email, language, "opencall-reminder", name, call.title(), open,
                properties.baseUrl() + "/reviews");
    }

    /** A revised application to review again: the reviewer of the round before is assigned the new round. */
    void reviewRound(String email, Language language, String name, OpenCall call, String institution, int round,
            long reviewId) {
        outbox.queue(email, language, "opencall-review-round", name, call.title(), institution, round,
                properties.baseUrl() + "/reviews/" + reviewId);
    }

    /** A new post in the reviewers' discussion of an application, to its other participants. */
    void discussionPost(String email, Language language, String name, String author, String institution,
            OpenCall call, long applicationId) {
        outbox.queue(email, language, "opencall-discussion-post", name, author, institution, call.title(),
                properties.baseUrl() + "/applications/" + applicationId + "/review");
    }

    /** The secretariat named the recipient the committee chair of a call. */
    void chairNamed(String email, Language language, String name, OpenCall call) {
        outbox.queue(email, language, "opencall-chair-named", name, call.title(), properties.baseUrl() + "/dashboard");
    }

    MailDraft decisionDraft(Decision decision, Language language, String name, CallApplication application,
            OpenCall call) {
        return outbox.preview(language, "opencall-decision-" + decision.name().toLowerCase(Locale.ROOT),
                name, call.title(), application.institutionName(), properties.baseUrl() + "/my/applications");
    }

    void decision(String email, Language language, Decision decision, MailDraft draft) {
        outbox.queueComposed(email, language,
                "opencall-decision-" + decision.name().toLowerCase(Locale.ROOT), draft);
    }

    /**
     * The revisions decision as the secretariat edited it, followed by what was decided and cannot be edited in the
     * mail: the committee's requests and the resubmission deadline in the applicant's zone and language.
     */
    void revisionsRequested(String email, Language language, ZoneId zone, MailDraft draft, String requests,
            Instant dueAt) {
        String terms = translations.get("mail.opencall-revision-terms", language, requests,
                when(dueAt, zone, language), properties.baseUrl() + "/my/applications");
        // Never dropped: the terms are bounded (the requests' limit), so the mail may exceed what a person may type.
        outbox.queueComposed(email, language, "opencall-decision-revise",
                new MailDraft(draft.subject(), draft.body().strip() + "\n\n" + terms));
    }

    static String when(Instant instant, ZoneId zone, Language language) {
        return ViewerTime.format(instant, zone, language.formattingLocale(null));
    }

    /** A plain-text copy of the answers: each question's label in the recipient's language, then the answer. */
    static String copy(CallDefinition definition, Answers answers, List<ApplicationFileInfo> files,
            Language language) {
        StringBuilder text = new StringBuilder();
        for (Question question : definition.questions()) {
            text.append("• ").append(question.label().in(language)).append('\n');
            String answer = switch (question.kind()) {
                case SHORT_TEXT, LONG_TEXT -> answers.text(question.key());
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream()
                        .filter(o -> answers.choices(question.key()).contains(o.key()))
                        .map(o -> o.label().in(language)).collect(Collectors.joining(", "));
                case FILE -> files.stream().filter(f -> f.question().equals(question.key()))
                        .map(ApplicationFileInfo::fileName).collect(Collectors.joining(", "));
            };
            text.append(answer.isBlank() ? "—" : answer.strip()).append("\n\n");
        }
        return text.toString().strip();
    }
}
