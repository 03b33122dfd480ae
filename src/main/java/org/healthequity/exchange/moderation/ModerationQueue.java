package org.healthequity.exchange.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The moderation queue: content modules put submissions in, members flag published content, the secretariat claims
 * items and decides. A decision changes the content (through its {@link ModeratedContent}) and the queue in one
 * transaction, is written to the audit log and is mailed to the author in the author's language.
 */
@Service
@Validated
@NamedInterface("api")
public class ModerationQueue {

    /** The longest flag reason and moderator comment (the columns' lengths). */
    public static final int REASON_MAX = ModerationItem.MAX_REASON;
    public static final int COMMENT_MAX = ModerationItem.MAX_COMMENT;

    /** A content type the queue knows, for the type filter. */
    public record ContentType(String type, String messageKey) {
    }

    private final ModerationItemRepository items;
    private final Map<String, ModeratedContent> handlers;
    private final ModerationRows queue;
    private final MemberContacts contacts;
    private final DecisionMail mail;
    private final AuditLog audit;
    private final Clock clock;
    private final ModerationSettings settings;

    ModerationQueue(ModerationItemRepository items, List<ModeratedContent> handlers, ModerationRows queue,
            MemberContacts contacts, DecisionMail mail, AuditLog audit, Clock clock,
            ModerationSettings settings) {
        this.items = items;
        this.handlers = handlers.stream().collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
        this.queue = queue;
        this.contacts = contacts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Puts a submission into the queue. Called by a content module inside its own transaction, after it checked that
     * the caller may submit this content.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(ModerationRequest request) {
        handler(request.type());
        items.findOpen(request.type(), request.contentId(), ItemKind.REVIEW).forEach(ModerationItem::withdraw);
        items.flush();
        ModerationItem item = items.saveAndFlush(ModerationItem.review(request, clock.instant()));
        audit.record("moderation.enqueue", request.type(), request.contentId(), AuditOutcome.SUCCESS,
                "revision " + request.revisionId());
        return item.id();
    }

    /** Takes a submission out of the queue because its author withdrew it. Called by the content module. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(String type, long contentId) {
        items.findOpen(type, contentId, ItemKind.REVIEW).forEach(ModerationItem::withdraw);
    }

    /** A member reports published content to the secretariat, with a reason. Flagging twice is refused. */
    @RolesAllowed({Role.MEMBER_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional
    public void flag(String type, long contentId, @NotBlank @Size(max = REASON_MAX) String reason) {
        long me = CurrentUser.require().accountId();
        ModerationRequest described = handler(type).describePublished(contentId)
                .orElseThrow(() -> new Refused("moderation.flag.not-published"));
        boolean already = items.findOpen(type, contentId, ItemKind.FLAG).stream()
                .anyMatch(item -> item.raisedBy() != null && item.raisedBy() == me);
        if (already) {
            throw new Refused("moderation.flag.already-flagged");
        }
        try {
            items.saveAndFlush(ModerationItem.flag(described, me, reason.strip(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new Refused("moderation.flag.already-flagged");
        }
        audit.record("moderation.flag", type, contentId, AuditOutcome.SUCCESS, null);
    }

    @StaffOnly
    public List<ContentType> contentTypes() {
        return handlers.values().stream().map(h -> new ContentType(h.type(), h.typeMessageKey()))
                .sorted(Comparator.comparing(ContentType::type)).toList();
    }

    /** One page of the queue (oldest first) or of the decisions (newest first); names come in one more query. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<QueueItem> page(QueueFilter filter, int offset, int limit) {
        List<ModerationRows.ItemRow> rows = queue.page(filter, clock.instant(), offset, limit);
        Set<Long> people = new HashSet<>();
        rows.forEach(row -> {
            addIfPresent(people, row.authorId());
            addIfPresent(people, row.raisedBy());
            addIfPresent(people, row.claimedBy());
            addIfPresent(people, row.decidedBy());
        });
        Map<Long, String> names = contacts.names(people);
        long me = CurrentUser.require().accountId();
        Instant now = clock.instant();
        List<QueueItem> page = new ArrayList<>(rows.size());
        for (ModerationRows.ItemRow row : rows) {
            ModeratedContent handler = handlers.get(row.type());
            Duration age = Duration.between(row.createdAt(), row.decidedAt() == null ? now : row.decidedAt());
            page.add(new QueueItem(row.id(), row.kind(), row.type(),
                    handler == null ? "moderation.type.unknown" : handler.typeMessageKey(), row.contentId(),
                    row.revisionId(), row.title(), row.network(), row.language(), name(names, row.authorId()),
                    name(names, row.raisedBy()), row.reason(), row.createdAt(), age,
                    row.decidedAt() == null && age.compareTo(settings.overdueAfter()) > 0,
                    name(names, row.claimedBy()), row.claimedBy() != null && row.claimedBy() == me, row.decision(),
                    name(names, row.decidedBy()), row.decidedAt(), row.decisionComment(),
                    handler == null ? "moderation" : handler.reviewLink(row.contentId(), row.revisionId()),
                    row.version()));
        }
        return page;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        return queue.count(filter, clock.instant());
    }

    /** How many items wait, and how many of them are overdue. */
    public record Waiting(long open, long overdue) {
    }

    /** What waits, for the secretariat's dashboard. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Waiting waiting() {
        return queue.waiting(clock.instant().minus(settings.overdueAfter()));
    }

    /** The signed-in moderator takes an item so that others see it is being handled. */
    @StaffOnly
    @Transactional
    public void claim(long itemId) {
        long me = CurrentUser.require().accountId();
        ModerationItem item = load(itemId);
        item.claim(me, clock.instant());
        flush();
        audit.record("moderation.claim", "moderation_item", itemId, AuditOutcome.SUCCESS, null);
    }

    @StaffOnly
    @Transactional
    public void release(long itemId) {
        long me = CurrentUser.require().accountId();
        load(itemId).release(me);
        flush();
        audit.record("moderation.release", "moderation_item", itemId, AuditOutcome.SUCCESS, null);
    }

    /**
     * Decides an item. The second of two moderators deciding the same item gets a {@link Refused} saying it
     * was decided meanwhile; nothing changes for them.
     */
    @StaffOnly
    @Transactional
    public void decide(long itemId, Decision decision, @Nullable String comment) {
        long me = CurrentUser.require().accountId();
        ModerationItem item = load(itemId);
        item.decide(decision, comment, me, clock.instant());
        flush();
        ModeratedContent handler = handler(item.contentType());
        String text = comment == null ? "" : comment.strip();
        switch (decision) {
            case APPROVE -> handler.approve(item.contentId(), item.revisionId(), me);
            case RETURN -> handler.returnToAuthor(item.contentId(), item.revisionId(), text, me);
            case REJECT -> handler.reject(item.contentId(), item.revisionId(), text, me);
            case RETRACT -> handler.retract(item.contentId(), text, me);
            case DISMISS -> {
                // The content stays as it is; only the person who flagged it hears back.
            }
        }
        if (decision == Decision.RETRACT) {
            // Other flags on the same content are settled by the same decision.
            items.findOpen(item.contentType(), item.contentId(), ItemKind.FLAG)
                    .forEach(other -> other.decide(Decision.RETRACT, text, me, clock.instant()));
        }
        mail.decided(item, handler, decision, text);
        audit.record("moderation." + decision.name().toLowerCase(Locale.ROOT), item.contentType(),
                item.contentId(), AuditOutcome.SUCCESS, "item " + itemId);
    }

    private ModerationItem load(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new Refused("moderation.not-found"));
    }

    private void flush() {
        try {
            items.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Refused("moderation.already-decided");
        }
    }

    private ModeratedContent handler(String type) {
        ModeratedContent handler = handlers.get(type);
        if (handler == null) {
            throw new IllegalArgumentException("No moderated content of type " + type);
        }
        return handler;
    }

    private static void addIfPresent(Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static @Nullable String name(Map<Long, String> names, @Nullable Long id) {
        return id == null ? null : names.get(id);
    }
}
