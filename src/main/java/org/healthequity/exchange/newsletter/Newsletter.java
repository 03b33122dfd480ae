package org.healthequity.exchange.newsletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A newsletter and its state machine: DRAFT → SCHEDULED → SENDING → SENT, or DRAFT → SENDING at once. Each step
 * checks where the newsletter is, and {@code @Version} serialises two people (or two nodes) taking a step at once.
 */
@Entity
@Table(name = "newsletter")
class Newsletter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NewsletterStatus status;

    @ElementCollection
    @CollectionTable(name = "newsletter_text", joinColumns = @JoinColumn(name = "newsletter_id"))
    @MapKeyColumn(name = "language")
    private Map<String, StoredText> texts = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] networks = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] roles = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] regions = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] countries = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] expertise = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages = {};

    private @Nullable Instant scheduledAt;

    private @Nullable Instant sentAt;

    private int recipients;

    private @Nullable Long createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** One language's subject and Markdown body, as stored. */
    @Embeddable
    static class StoredText {

        @Column(nullable = false, length = NewsletterText.SUBJECT_MAX)
        private String subject;

        @Column(nullable = false, length = NewsletterText.BODY_MAX)
        private String body;

        @SuppressWarnings("NullAway.Init")
        protected StoredText() {
        }

        StoredText(String subject, String body) {
            this.subject = subject;
            this.body = body;
        }
    }

    @SuppressWarnings("NullAway.Init")
    protected Newsletter() {
    }

    Newsletter(@Nullable Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.status = NewsletterStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces texts and audience; only a draft changes (a scheduled one is taken back first). */
    void edit(NewsletterForm form, Instant now) {
        requireStatus(NewsletterStatus.DRAFT);
        texts.clear();
        for (NewsletterText text : form.texts()) {
            texts.put(text.language().code(), new StoredText(text.subject(), text.body()));
        }
        AudienceFilter audience = form.audience();
        networks = codes(audience.networks(), Network::name);
        roles = codes(audience.roles(), NetworkRole::name);
        regions = codes(audience.regions(), Function.identity());
        countries = codes(audience.countries(), Function.identity());
        expertise = codes(audience.expertise(), Function.identity());
        languages = codes(audience.languages(), Language::code);
        updatedAt = now;
    }

    /** To be sent by the job at {@code at}, which must lie ahead. */
    void schedule(Instant at, Instant now) {
        requireStatus(NewsletterStatus.DRAFT);
        if (!at.isAfter(now)) {
            throw new Refused("scheduledAt", "newsletter.problem.time-passed");
        }
        status = NewsletterStatus.SCHEDULED;
        scheduledAt = at;
        updatedAt = now;
    }

    /** Back to a draft before its time came, to edit it or send it at another time. */
    void unschedule(Instant now) {
        requireStatus(NewsletterStatus.SCHEDULED);
        status = NewsletterStatus.DRAFT;
        scheduledAt = null;
        updatedAt = now;
    }

    /** Sent now: the job starts queueing it at its next run. */
    void sendNow(Instant now) {
        if (status != NewsletterStatus.DRAFT && status != NewsletterStatus.SCHEDULED) {
            throw new Refused("newsletter.problem.not-draft");
        }
        status = NewsletterStatus.SENDING;
        scheduledAt = now;
        updatedAt = now;
    }

    /** The job found a scheduled newsletter whose time has come. */
    void startSending(Instant now) {
        requireStatus(NewsletterStatus.SCHEDULED);
        status = NewsletterStatus.SENDING;
        updatedAt = now;
    }

    /** Everyone of the audience has their mail queued. */
    void sent(int queued, Instant now) {
        requireStatus(NewsletterStatus.SENDING);
        status = NewsletterStatus.SENT;
        recipients = queued;
        sentAt = now;
        updatedAt = now;
    }

    /** Stopped while being sent: nobody else is queued; {@code queued} people had their mail queued by then. */
    void stop(int queued, Instant now) {
        requireStatus(NewsletterStatus.SENDING);
        status = NewsletterStatus.STOPPED;
        recipients = queued;
        sentAt = now;
        updatedAt = now;
    }

    private void requireStatus(NewsletterStatus expected) {
        if (status != expected) {
            throw new Refused(switch (expected) {
                case SCHEDULED -> "newsletter.problem.not-scheduled";
                case SENDING -> "newsletter.problem.not-sending";
                default -> "newsletter.problem.not-draft";
            });
        }
    }

    long id() {
        return id == null ? 0 : id;
    }

    long version() {
        return version;
    }

    NewsletterStatus status() {
        return status;
    }

    @Nullable Instant scheduledAt() {
        return scheduledAt;
    }

    @Nullable Instant sentAt() {
        return sentAt;
    }

    int recipients() {
        return recipients;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** The versions by language, English first, in the order of the languages. */
    List<NewsletterText> texts() {
        return Arrays.stream(Language.values()).filter(l -> texts.containsKey(l.code()))
                .map(l -> new NewsletterText(l, texts.get(l.code()).subject, texts.get(l.code()).body)).toList();
    }

    AudienceFilter audience() {
        return new AudienceFilter(parse(networks, Network::valueOf), parse(roles, NetworkRole::valueOf),
                Set.of(regions), Set.of(countries), Set.of(expertise),
                parse(languages, code -> Language.ofCode(code).orElseThrow()));
    }

    NewsletterForm form() {
        return new NewsletterForm(texts(), audience());
    }

    private static <T> String[] codes(Set<T> values, Function<T, String> code) {
        return values.stream().map(code).sorted().toArray(String[]::new);
    }

    private static <T> Set<T> parse(String[] codes, Function<String, T> parser) {
        return Arrays.stream(codes).map(parser).collect(Collectors.toSet());
    }
}
