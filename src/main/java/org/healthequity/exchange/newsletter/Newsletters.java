package org.healthequity.exchange.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.notification.ListMail;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's newsletters: compose and edit drafts, see how many people an audience reaches (never who), preview
 * a version exactly as its recipients will read it, send it as a test to oneself, send now or schedule, and stop a
 * sending; the job does the sending ({@link NewsletterDispatch}). Every step names the version it was loaded with, so
 * two people (or a person and the job) cannot both take one.
 */
@Service
public class Newsletters {

    /** The address the preview's unsubscribe link shows; it unsubscribes nobody. */
    static final String PREVIEW_TOKEN = "preview";
    /** The outbox's name for a test sent to its author: never counted as a newsletter delivery. */
    static final String TEST_TEMPLATE = "newsletter-test";

    private final NewsletterRepository newsletters;
    private final NewsletterRows rows;
    private final NewsletterAudiences audiences;
    private final NewsletterRendering rendering;
    private final Countries countries;
    private final AuditLog audit;
    private final MailOutbox outbox;
    private final Translations translations;
    private final ExchangeProperties properties;
    private final Clock clock;

    Newsletters(NewsletterRepository newsletters, NewsletterRows rows, NewsletterAudiences audiences,
            NewsletterRendering rendering, Countries countries, AuditLog audit, MailOutbox outbox,
            Translations translations, ExchangeProperties properties, Clock clock) {
        this.newsletters = newsletters;
        this.rows = rows;
        this.audiences = audiences;
        this.rendering = rendering;
        this.countries = countries;
        this.audit = audit;
        this.outbox = outbox;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    /** One page of every newsletter, the most recently changed first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<NewsletterRow> page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return newsletters.findAll(PageRequest.of(offset / size, size,
                Sort.by(Sort.Direction.DESC, "updatedAt", "id"))).map(Newsletters::row).getContent();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public long count() {
        return newsletters.count();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public EditableNewsletter newsletter(long id) {
        return editable(find(id));
    }

    /** A new draft. */
    @StaffOnly
    @Transactional
    public EditableNewsletter create(NewsletterForm form) {
        NewsletterForm cleaned = NewsletterChecks.cleaned(form, countries);
        Newsletter newsletter = new Newsletter(CurrentUser.require().accountId(), clock.instant());
        newsletter.edit(cleaned, clock.instant());
        newsletter = newsletters.saveAndFlush(newsletter);
        audit.record("newsletter.create", "newsletter", newsletter.id(), AuditOutcome.SUCCESS, null);
        return editable(newsletter);
    }

    /** Saves a draft's texts and audience. */
    @StaffOnly
    @Transactional
    public EditableNewsletter save(long id, long loadedVersion, NewsletterForm form) {
        NewsletterForm cleaned = NewsletterChecks.cleaned(form, countries);
        return step(id, loadedVersion, "newsletter.update", n -> n.edit(cleaned, clock.instant()));
    }

    /** Sends the newsletter at {@code at} (which must lie ahead): the job starts when the time comes. */
    @StaffOnly
    @Transactional
    public EditableNewsletter schedule(long id, long loadedVersion, Instant at) {
        return step(id, loadedVersion, "newsletter.schedule", n -> n.schedule(at, clock.instant()));
    }

    /** Takes a scheduled newsletter back to a draft. */
    @StaffOnly
    @Transactional
    public EditableNewsletter unschedule(long id, long loadedVersion) {
        return step(id, loadedVersion, "newsletter.unschedule", n -> n.unschedule(clock.instant()));
    }

    /** Sends the newsletter now: the job queues everyone's mail at its next run. */
    @StaffOnly
    @Transactional
    public EditableNewsletter sendNow(long id, long loadedVersion) {
        return step(id, loadedVersion, "newsletter.send", n -> n.sendNow(clock.instant()));
    }

    /**
     * Stops a newsletter being sent: those whose mail is already queued get it, nobody else does, and it ends STOPPED
     * with how many were queued. It waits for a batch of the job under way (the row lock both take), so once it
     * returns no further mail is queued.
     */
    @StaffOnly
    @Transactional
    public EditableNewsletter stop(long id, long loadedVersion) {
        Newsletter newsletter = newsletters.lockById(id).orElseThrow(() -> new Refused("newsletter.problem.unknown"));
        if (newsletter.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        newsletter.stop(rows.deliveries(id), clock.instant());
        newsletter = newsletters.saveAndFlush(newsletter);
        audit.record("newsletter.stop", "newsletter", id, AuditOutcome.SUCCESS,
                newsletter.recipients() + " recipients");
        return editable(newsletter);
    }

    /** How many people the audience reaches now: subscribed, active members matching it. A count, never a list. */
    @StaffOnly
    @Transactional(readOnly = true)
    public long audienceSize(AudienceFilter audience) {
        return audiences.count(audience);
    }

    /**
     * A version as its recipients will read it (the same rendering as the mail), in the language or, when that version
     * is not written, in English as those readers would get it; the unsubscribe link is a sample.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public RenderedNewsletter preview(NewsletterForm form, Language language) {
        NewsletterText text = form.text(language).filter(t -> !t.subject().isBlank() || !t.body().isBlank())
                .or(() -> form.text(Language.ENGLISH)).orElseThrow(() ->
                        new Refused("subject-en", "newsletter.problem.subject-required"));
        // Cleaned as a save would store it, so the preview is what the recipients will get.
        NewsletterText stored = new NewsletterText(text.language(), text.subject().strip(), RichText.clean(text.body()));
        return rendering.forRecipient(rendering.body(stored),
                form.audience().networksOrAll().stream().sorted().findFirst().orElseThrow(),
                properties.link("/newsletters/unsubscribe?token=" + PREVIEW_TOKEN));
    }

    /**
     * Mails the version as typed (the one {@link #preview} shows for that language) to the signed-in staff member's own
     * address, its subject marked as a test; it is not a delivery, leaves the newsletter's state alone and carries the
     * preview's sample unsubscribe link, which unsubscribes nobody. {@code id} names the newsletter being edited, for
     * the audit, or is null before its first save.
     */
    @StaffOnly
    @Transactional
    public void sendTest(@Nullable Long id, NewsletterForm form, Language language) {
        RenderedNewsletter mail = preview(form, language);
        ExchangeUser me = CurrentUser.require();
        String unsubscribe = properties.link("/newsletters/unsubscribe?token=" + PREVIEW_TOKEN);
        outbox.queue(new ListMail(me.getUsername(), mail.language(), TEST_TEMPLATE,
                translations.get("newsletter.test.subject", mail.language(), mail.subject()), mail.text(),
                mail.safeHtml(), unsubscribe, null));
        audit.record("newsletter.test", "newsletter", id, AuditOutcome.SUCCESS, mail.language().code());
    }

    private EditableNewsletter step(long id, long loadedVersion, String action, Consumer<Newsletter> change) {
        Newsletter newsletter = find(id);
        if (newsletter.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        change.accept(newsletter);
        try {
            newsletter = newsletters.saveAndFlush(newsletter);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile(e);
        }
        audit.record(action, "newsletter", id, AuditOutcome.SUCCESS, newsletter.status().name()
                + (newsletter.scheduledAt() == null ? "" : " " + newsletter.scheduledAt()));
        return editable(newsletter);
    }

    private Newsletter find(long id) {
        return newsletters.findById(id).orElseThrow(() -> new Refused("newsletter.problem.unknown"));
    }

    private static EditableNewsletter editable(Newsletter n) {
        return new EditableNewsletter(n.id(), n.form(), n.status(), n.scheduledAt(), n.sentAt(), n.recipients(),
                n.version());
    }

    private static NewsletterRow row(Newsletter n) {
        String subject = n.texts().stream().filter(t -> t.language() == Language.ENGLISH).findFirst()
                .map(NewsletterText::subject).orElse("");
        return new NewsletterRow(n.id(), subject, n.status(), n.scheduledAt(), n.sentAt(), n.recipients(),
                n.updatedAt());
    }
}
