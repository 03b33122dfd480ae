package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/** Gives free places to the people waiting, first come first served, each with a confirmation and an invitation. */
@Component
class Waitlist {

    private final WebinarRegistrationRepository registrations;
    private final WebinarMail mail;
    private final Clock clock;

    Waitlist(WebinarRegistrationRepository registrations, WebinarMail mail, Clock clock) {
        this.registrations = registrations;
        this.mail = mail;
        this.clock = clock;
    }

    /** The caller holds the webinar's lock ({@link WebinarRepository#lockById}). */
    void promote(Webinar webinar) {
        Integer capacity = webinar.capacity();
        if (webinar.cancelled() || webinar.hasStarted(clock.instant())) {
            return;
        }
        long taken = registrations.countByWebinarIdAndStatus(webinar.id(), RegistrationStatus.REGISTERED);
        List<WebinarRegistration> queue = registrations.waitlist(webinar.id());
        for (WebinarRegistration next : queue) {
            if (capacity != null && taken >= capacity) {
                break;
            }
            next.promote(clock.instant());
            registrations.save(next);
            taken++;
            mail.promoted(webinar, next.accountId());
        }
    }
}
