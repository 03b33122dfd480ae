package org.healthequity.exchange.shared.audit;

import java.time.Clock;
import java.util.List;

import org.healthequity.exchange.shared.db.Like;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * The append-only audit log: who did what, when, to what, with which outcome. Features write to it; administrators
 * read it.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("org.healthequity.exchange.audit");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action of the current caller in the caller's transaction: rolled back with it. */
    @PermitAll
    @Transactional
    public void record(String action, @Nullable String targetType, @Nullable Object targetId,
            AuditOutcome outcome, @Nullable String details) {
        recordAs(CurrentUser.actorName(), action, targetType, targetId, outcome, details);
    }

    /** Records an action of a named actor in the caller's transaction. */
    @PermitAll
    @Transactional
    public void recordAs(String actor, String action, @Nullable String targetType, @Nullable Object targetId,
            AuditOutcome outcome, @Nullable String details) {
        AuditRecord entry = entries.save(new AuditEntry(clock.instant(), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), outcome, details)).toRecord();
        // The same event in the application log, for a log collector; the entry's fields are already neutralised.
        log.info("{} actor={} action={} target={}:{} details={}", entry.outcome(), entry.actor(), entry.action(),
                entry.targetType(), entry.targetId(), entry.details());
    }

    /** Records in a transaction of its own, so that a refusal or failure stays recorded when the caller rolls back. */
    @PermitAll
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(String actor, String action, @Nullable String targetType,
            @Nullable Object targetId, AuditOutcome outcome, @Nullable String details) {
        recordAs(actor, action, targetType, targetId, outcome, details);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<AuditRecord> page(String filter, int offset, int limit) {
        return entries.search(pattern(filter), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).map(AuditEntry::toRecord).getContent();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public long count(String filter) {
        return entries.search(pattern(filter), PageRequest.of(0, 1)).getTotalElements();
    }

    private static String pattern(String filter) {
        return filter.isBlank() ? "" : Like.contains(filter);
    }
}
