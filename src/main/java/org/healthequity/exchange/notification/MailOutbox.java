package org.healthequity.exchange.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.core.env.Environment;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Queues mail in the caller's transaction: if the change that causes a message rolls back, the message was never
 * queued. A background sender delivers it (see docs/adr/0003-mail-outbox.md).
 */
@Service
@NamedInterface("api")
public class MailOutbox {

    private final OutgoingMailRepository mails;
    private final MailTemplates templates;
    private final Clock clock;
    private final OutboxRows rows;
    private final boolean showLinks;
    private final String mailFrom;

    MailOutbox(OutgoingMailRepository mails, MailTemplates templates, Clock clock, OutboxRows rows,
            MailSettings settings, Environment environment, ExchangeProperties properties) {
        this.mailFrom = properties.mailFrom();
        this.mails = mails;
        this.templates = templates;
        this.clock = clock;
        this.rows = rows;
        this.showLinks = settings.showsLinks(environment);
    }

    /**
     * Queues the localised template {@code mail.<template>.*} for one recipient.
     *
     * @param arguments the template's arguments {0}, {1}, ... (user input is escaped in the HTML part and cannot
     *        break out of the subject line)
     * @throws IllegalArgumentException when the address is not a single valid e-mail address
     */
    @PermitAll
    @Transactional
    public long queue(String recipient, Language language, String template, Object... arguments) {
        String address = MailTemplates.checkedAddress(recipient);
        MailTemplates.Rendered rendered = templates.render(language, template, arguments);
        OutgoingMail mail = new OutgoingMail(address, language.code(), template, rendered.subject(),
                rendered.text(), rendered.html(), MessageIds.next(mailFrom), clock.instant());
        return mails.save(mail).id();
    }

    /**
     * The localised template rendered with its arguments, as a starting point the sender edits before
     * {@link #queueComposed} sends it (the footer is added on sending).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public MailDraft preview(Language language, String template, Object... arguments) {
        return templates.draft(language, template, arguments);
    }

    /**
     * Queues a message whose subject and body a person wrote (typically an edited {@link #preview}); it is sent as
     * plain text and as escaped HTML with the footer, like every template.
     */
    @PermitAll
    @Transactional
    public long queueComposed(String recipient, Language language, String template, MailDraft draft) {
        String address = MailTemplates.checkedAddress(recipient);
        MailTemplates.Rendered rendered = templates.compose(language, draft.subject(), draft.body());
        OutgoingMail mail = new OutgoingMail(address, language.code(), template, rendered.subject(),
                rendered.text(), rendered.html(), MessageIds.next(mailFrom), clock.instant());
        return mails.save(mail).id();
    }

    /**
     * Queues a message with an optional attachment and an optional de-duplication key, in the caller's transaction.
     * A message whose key was queued before (in any status) is not queued again: the insert skips the existing row
     * instead of failing, so the caller's transaction goes on.
     *
     * @return the new message's id, or empty when a message with the same key already exists
     * @throws IllegalArgumentException when the address is not a single valid e-mail address
     */
    @PermitAll
    @Transactional
    public OptionalLong queue(MailRequest request) {
        String address = MailTemplates.checkedAddress(request.recipient());
        MailTemplates.Rendered rendered = templates.render(request.language(), request.template(),
                request.arguments().toArray());
        return rows.queueUnlessDuplicate(address, request, rendered, clock.instant(), MessageIds.next(mailFrom));
    }

    /**
     * Queues a message written for a list (a newsletter), with its unsubscribe headers, in the caller's transaction;
     * like {@link #queue(MailRequest)}, a message whose key was queued before is not queued again.
     *
     * @return the new message's id, or empty when a message with the same key already exists
     * @throws IllegalArgumentException when the address is not a single valid e-mail address
     */
    @PermitAll
    @Transactional
    public OptionalLong queue(ListMail mail) {
        String address = MailTemplates.checkedAddress(mail.recipient());
        MailTemplates.Rendered rendered = templates.composeList(mail.language(), mail.subject(), mail.text(),
                mail.safeHtml());
        return rows.queueListUnlessDuplicate(address, mail, rendered, clock.instant(), MessageIds.next(mailFrom));
    }

    /** Withdraws every message still waiting for this recipient; returns how many. */
    @PermitAll
    @Transactional
    public int cancelQueuedFor(String recipient) {
        List<OutgoingMail> queued = mails.findQueuedFor(recipient.toLowerCase(Locale.ROOT));
        queued.forEach(OutgoingMail::cancel);
        return queued.size();
    }

    /**
     * One page of the log, newest first. The secrets in links are masked (sent messages no longer hold them at all),
     * unless {@code exchange.mail.log-shows-links} lets a developer without SMTP read the links of waiting messages.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<MailMessage> page(MailFilter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        // A slice, not a page: the grid asks for the count on its own, so no second count per page.
        return mails.findBy(OutgoingMailRepository.matching(filter), query -> query.slice(PageRequest.of(
                offset / size, size, Sort.by(Sort.Direction.DESC, "createdAt", "id"))))
                .map(mail -> mail.toMessage(showLinks)).getContent();
    }

    /** How many messages {@code filter} finds, for the lazy list's size. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public long count(MailFilter filter) {
        return mails.count(OutgoingMailRepository.matching(filter));
    }
}
