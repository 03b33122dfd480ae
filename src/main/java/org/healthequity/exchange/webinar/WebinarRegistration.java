package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.util.Objects;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One person's place at one webinar: registered, on the waitlist, or cancelled (the row stays for the history). */
@Entity
@Table(name = "webinar_registration")
class WebinarRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long webinarId;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private Instant registeredAt;

    /** When the person got a place (at once, or when promoted from the waitlist). */
    private @Nullable Instant confirmedAt;

    private @Nullable Instant cancelledAt;

    private @Nullable Boolean attended;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected WebinarRegistration() {
    }

    WebinarRegistration(long webinarId, long accountId) {
        this.webinarId = webinarId;
        this.accountId = accountId;
        this.status = RegistrationStatus.CANCELLED;
    }

    /** Takes a place, or a place in the queue when {@code placeFree} is false. */
    void enrol(boolean placeFree, Instant now) {
        if (status != RegistrationStatus.CANCELLED) {
            throw new Refused("", "webinar.error.already-registered");
        }
        registeredAt = now;
        cancelledAt = null;
        attended = null;
        if (placeFree) {
            status = RegistrationStatus.REGISTERED;
            confirmedAt = now;
        } else {
            status = RegistrationStatus.WAITLISTED;
            confirmedAt = null;
        }
    }

    void promote(Instant now) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new Refused("", "webinar.error.not-waitlisted");
        }
        status = RegistrationStatus.REGISTERED;
        confirmedAt = now;
    }

    void cancel(Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new Refused("", "webinar.error.not-registered");
        }
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    void attended(boolean present) {
        if (status != RegistrationStatus.REGISTERED) {
            throw new Refused("", "webinar.error.not-registered");
        }
        attended = present;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long webinarId() {
        return webinarId;
    }

    long accountId() {
        return accountId;
    }

    RegistrationStatus status() {
        return status;
    }

    @Nullable
    Boolean attended() {
        return attended;
    }
}
