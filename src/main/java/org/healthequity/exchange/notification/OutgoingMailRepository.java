package org.healthequity.exchange.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long>, JpaSpecificationExecutor<OutgoingMail> {

    /** The messages {@code filter} asks for, as one query with only the conditions it sets. */
    static Specification<OutgoingMail> matching(MailFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.recipient() != null) {
                conditions.add(contains(cb, root.get("recipient"), filter.recipient()));
            }
            if (filter.subject() != null) {
                conditions.add(contains(cb, root.get("subject"), filter.subject()));
            }
            if (filter.from() != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.from()));
            }
            if (filter.to() != null) {
                conditions.add(cb.lessThan(root.get("createdAt"), filter.to()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** Contains {@code text} ignoring case; {@code %} and {@code _} typed by a person are meant literally. */
    private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(column), "%" + escaped + "%", '\\');
    }

    /** Claims due messages; a second sender running at the same time skips them instead of sending them twice. */
    @NativeQuery("""
            select * from outgoing_mail
            where status = 'QUEUED' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked
            """)
    List<OutgoingMail> claimDue(Instant now, int limit);

    long countByStatus(MailStatus status);

    /** Locks the waiting messages of a recipient, so a sender cannot send one while it is being withdrawn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where lower(m.recipient) = lower(:recipient) and m.status = 'QUEUED'")
    List<OutgoingMail> findQueuedFor(String recipient);

    /** When the oldest message in the status was written (the mail queue's age, for the metrics). */
    @Query("select min(m.createdAt) from OutgoingMail m where m.status = :status")
    @Nullable
    Instant oldestCreatedAt(MailStatus status);
}
