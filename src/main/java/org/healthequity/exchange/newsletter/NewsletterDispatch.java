package org.healthequity.exchange.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.notification.ListMail;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends newsletters: a scheduled one whose time has come starts sending, and a sending one is queued to its audience
 * batch by batch, in account order, each batch in one transaction that writes a {@code newsletter_delivery} row and
 * the person's mail together. The row's primary key (newsletter, person) and the mail's de-duplication key make a
 * second mail impossible; a batch resumes after the highest account queued, so a restart, a stopped node or a second
 * node (the lock aside) carries on where the last commit left off. The last, short batch marks the newsletter sent.
 */
@Component
class NewsletterDispatch {

    private static final Logger log = LoggerFactory.getLogger(NewsletterDispatch.class);
    /** The outbox's name for these messages (the mail log's "template" column); the text is the secretariat's. */
    static final String TEMPLATE = "newsletter";

    private final NewsletterRepository newsletters;
    private final NewsletterRows rows;
    private final NewsletterAudiences audiences;
    private final NewsletterRendering rendering;
    private final UnsubscribeTokens tokens;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ExchangeProperties properties;
    private final NewsletterSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsletterDispatch(NewsletterRepository newsletters, NewsletterRows rows, NewsletterAudiences audiences,
            NewsletterRendering rendering, UnsubscribeTokens tokens, MailOutbox outbox, AuditLog audit,
            TransactionTemplate transactions, ExchangeProperties properties, NewsletterSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.newsletters = newsletters;
        this.rows = rows;
        this.audiences = audiences;
        this.rendering = rendering;
        this.tokens = tokens;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${exchange.newsletter.send-interval:PT15S}",
            initialDelayString = "${exchange.newsletter.send-interval:PT15S}")
    @SchedulerLock(name = "newsletter-dispatch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    void scheduled() {
        dispatch();
    }

    /** Starts what is due and queues every sending newsletter to its whole audience; returns how many mails. */
    int dispatch() {
        int queued = 0;
        for (long id : rows.dueOrSending(clock.instant())) {
            try {
                Integer batch;
                do {
                    batch = transactions.execute(status -> nextBatch(id));
                    queued += batch == null ? 0 : batch;
                } while (batch != null);
            } catch (ObjectOptimisticLockingFailureException | Refused e) {
                // The secretariat took it back to a draft or stopped it meanwhile, or another node moved it on.
                log.info("Newsletter {} changed while sending; left to its new state", id);
            }
        }
        return queued;
    }

    /** Queues the next batch; null when the newsletter is not (or no longer) being sent. */
    private Integer nextBatch(long id) {
        // Locked for the batch: a stop waits for it, and a batch after a stop sees STOPPED and queues nobody.
        Newsletter newsletter = newsletters.lockById(id).orElse(null);
        Instant now = clock.instant();
        if (newsletter == null) {
            return null;
        }
        if (newsletter.status() == NewsletterStatus.SCHEDULED) {
            newsletter.startSending(now);
        }
        if (newsletter.status() != NewsletterStatus.SENDING) {
            return null;
        }
        List<NewsletterAudiences.Recipient> next = audiences.recipients(newsletter.audience(),
                rows.lastDelivered(id), settings.batch());
        Map<Language, NewsletterRendering.Body> bodies = new EnumMap<>(Language.class);
        List<NewsletterText> texts = newsletter.texts();
        int queued = 0;
        for (NewsletterAudiences.Recipient person : next) {
            NewsletterText text = texts.stream().filter(t -> t.language() == person.language()).findFirst()
                    .orElseGet(() -> texts.stream().filter(t -> t.language() == Language.ENGLISH).findFirst()
                            .orElseThrow());
            if (!rows.recordDelivery(id, person.accountId(), person.network(), text.language(), now)) {
                continue;
            }
            String unsubscribe = properties.link("/newsletters/unsubscribe?token="
                    + tokens.token(person.accountId(), person.network()));
            RenderedNewsletter mail = rendering.forRecipient(
                    bodies.computeIfAbsent(text.language(), l -> rendering.body(text)), person.network(), unsubscribe);
            outbox.queue(new ListMail(person.email(), text.language(), TEMPLATE, mail.subject(), mail.text(),
                    mail.safeHtml(), unsubscribe, "newsletter:" + id + ":" + person.accountId()));
            queued++;
        }
        if (next.size() < settings.batch()) {
            int total = rows.deliveries(id);
            newsletter.sent(total, now);
            newsletters.saveAndFlush(newsletter);
            events.publishEvent(NewsletterSearchSource.changed(id));
            audit.recordAs("system", "newsletter.sent", "newsletter", id, AuditOutcome.SUCCESS, total + " recipients");
            return next.isEmpty() && queued == 0 ? null : queued;
        }
        newsletters.saveAndFlush(newsletter);
        return queued;
    }
}
