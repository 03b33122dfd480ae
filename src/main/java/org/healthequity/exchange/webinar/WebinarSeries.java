package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recurring series; its occurrences are webinars of their own that point at it. */
@Entity
@Table(name = "webinar_series")
class WebinarSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private @Nullable Long createdBy;

    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected WebinarSeries() {
    }

    WebinarSeries(Frequency frequency, long createdBy, Instant now) {
        this.frequency = frequency;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    Frequency frequency() {
        return frequency;
    }
}
