package org.healthequity.exchange.workgroup;

import java.time.Instant;
import java.util.Locale;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A lead's invitation of one address to one group: used once, before it expires, by that address only. */
@Entity
@Table(name = "work_group_invitation")
class GroupInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;

    private String email;

    private String tokenHash;

    private long invitedBy;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant acceptedAt;

    private @Nullable Long acceptedBy;

    @Version
    private long version;

    protected GroupInvitation() {
    }

    GroupInvitation(long groupId, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
        this.groupId = groupId;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Marks the invitation used by the account of the invited address; anything else is refused. */
    void accept(String callerEmail, long accountId, Instant now) {
        if (acceptedAt != null) {
            throw new Refused("workgroup.invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new Refused("workgroup.invitation.expired");
        }
        if (!email.equalsIgnoreCase(callerEmail.strip())) {
            throw new Refused("workgroup.invitation.other-address");
        }
        acceptedAt = now;
        acceptedBy = accountId;
    }

    long groupId() {
        return groupId;
    }

    String email() {
        return email;
    }
}
