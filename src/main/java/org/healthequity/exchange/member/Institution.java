package org.healthequity.exchange.member;

import java.time.Instant;

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

@Entity
@Table(name = "institution")
class Institution {

    static final int NAME_MAX = 200;
    static final int WEBSITE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstitutionType type;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 300)
    private @Nullable String website;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Institution() {
    }

    Institution(String name, InstitutionType type, String country, @Nullable String website, Instant now) {
        this.name = name;
        this.type = type;
        this.country = country;
        this.website = website;
        this.createdAt = now;
    }

    long id() {
        return id == null ? 0 : id;
    }
}
