package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Instant;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking and giving up a place. Every change of one webinar's places runs under a lock on that webinar, so
 * capacity holds and a freed place goes to the first person waiting, exactly once, even when several people cancel
 * at the same moment. Mail goes through the outbox in the same transaction.
 */
@Service
public class WebinarRegistrations {

    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final WebinarMail mail;
    private final Viewers viewers;
    private final Waitlist waitlist;
    private final Clock clock;

    WebinarRegistrations(WebinarRepository webinars, WebinarRegistrationRepository registrations, WebinarMail mail,
            Viewers viewers, Waitlist waitlist, Clock clock) {
        this.waitlist = waitlist;
        this.webinars = webinars;
        this.registrations = registrations;
        this.mail = mail;
        this.viewers = viewers;
        this.clock = clock;
    }

    /**
     * Registers the signed-in person: a place while there is one, else a place on the waitlist. Registering again
     * keeps the place one has.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RegistrationStatus register(long webinarId) {
        ExchangeUser me = CurrentUser.require();
        Webinar webinar = webinars.lockById(webinarId).filter(w -> viewers.maySee(w))
                .orElseThrow(() -> new Refused("", "webinar.error.not-found"));
        Instant now = clock.instant();
        if (!webinar.registrationOpen(now)) {
            throw new Refused("", "webinar.error.registration-closed");
        }
        WebinarRegistration registration = registrations.findByWebinarIdAndAccountId(webinarId, me.accountId())
                .orElseGet(() -> new WebinarRegistration(webinarId, me.accountId()));
        if (registration.status() != RegistrationStatus.CANCELLED) {
            return registration.status();
        }
        long taken = registrations.countByWebinarIdAndStatus(webinarId, RegistrationStatus.REGISTERED);
        Integer capacity = webinar.capacity();
        boolean placeFree = capacity == null
                || (taken < capacity && registrations.waitlist(webinarId).isEmpty());
        registration.enrol(placeFree, now);
        registrations.save(registration);
        if (placeFree) {
            mail.registered(webinar, me.accountId());
        } else {
            mail.waitlisted(webinar, me.accountId());
        }
        return registration.status();
    }

    /** Gives up the signed-in person's place (or place in the queue); the first person waiting takes a freed place. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancel(long webinarId) {
        ExchangeUser me = CurrentUser.require();
        Webinar webinar = webinars.lockById(webinarId)
                .orElseThrow(() -> new Refused("", "webinar.error.not-found"));
        // Someone without a place learns nothing of a webinar hidden from them, not even that it exists.
        WebinarRegistration registration = registrations.findByWebinarIdAndAccountId(webinarId, me.accountId())
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new Refused("", viewers.maySee(webinar) ? "webinar.error.not-registered"
                        : "webinar.error.not-found"));
        if (webinar.hasStarted(clock.instant())) {
            throw new Refused("", "webinar.error.registration-closed");
        }
        boolean hadPlace = registration.status() == RegistrationStatus.REGISTERED;
        registration.cancel(clock.instant());
        registrations.saveAndFlush(registration);
        if (hadPlace) {
            mail.unregistered(webinar, me.accountId());
            waitlist.promote(webinar);
        }
    }
}
