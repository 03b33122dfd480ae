package org.healthequity.exchange.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Queues mail in the caller's transaction: if the change that causes a message rolls back, the message was never
 * queued. A background sender delivers it (see docs/adr/0003-mail-outbox.md).
 */
@Service
public class MailOutbox {

    private final OutgoingMailRepository mails;
    private final MailTemplates templates;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, MailTemplates templates, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.clock = clock;
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
                rendered.text(), rendered.html(), clock.instant());
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
                rendered.text(), rendered.html(), clock.instant());
        return mails.save(mail).id();
    }

    /** Withdraws every message still waiting for this recipient; returns how many. */
    @PermitAll
    @Transactional
    public int cancelQueuedFor(String recipient) {
        return mails.cancelQueuedFor(recipient.toLowerCase(Locale.ROOT));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<MailMessage> page(@Nullable MailStatus status, int offset, int limit) {
        int size = Math.max(limit, 1);
        return mails.findByStatus(status, PageRequest.of(offset / size, size,
                Sort.by(Sort.Direction.DESC, "createdAt", "id"))).map(OutgoingMail::toMessage).getContent();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public long count(@Nullable MailStatus status) {
        return status == null ? mails.count() : mails.countByStatus(status);
    }
}
