package org.healthequity.exchange.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An identity of an external provider (issuer and subject) that signs in as one account (ADR 0023). */
@Entity
@Table(name = "external_identity")
class ExternalIdentityLink {

    static final int ISSUER_MAX = 500;
    static final int SUBJECT_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false, length = ISSUER_MAX)
    private String issuer;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = Account.EMAIL_MAX)
    private String emailAtLink;

    @Column(nullable = false)
    private Instant linkedAt;

    @Column(nullable = false)
    private Instant lastSignInAt;

    @SuppressWarnings("NullAway.Init")
    protected ExternalIdentityLink() {
    }

    ExternalIdentityLink(long accountId, String issuer, String subject, String email, Instant now) {
        this.accountId = accountId;
        this.issuer = issuer;
        this.subject = subject;
        this.emailAtLink = email;
        this.linkedAt = now;
        this.lastSignInAt = now;
    }

    long accountId() {
        return accountId;
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
    }
}
