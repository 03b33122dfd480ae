package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's profile; each field carries its own visibility. */
@Entity
@Table(name = "profile")
class Profile {

    static final int TITLE_MAX = 120;
    static final int BIOGRAPHY_MAX = 2000;

    @Id
    private long accountId;

    @Column(length = TITLE_MAX)
    private @Nullable String title;

    private @Nullable Long institutionId;

    @Column(length = 2)
    private @Nullable String country;

    @Column(length = BIOGRAPHY_MAX)
    private @Nullable String biography;

    @Column(nullable = false)
    private boolean inDirectory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility titleVisibility = Visibility.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility institutionVisibility = Visibility.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility countryVisibility = Visibility.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility languagesVisibility = Visibility.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility expertiseVisibility = Visibility.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility biographyVisibility = Visibility.MEMBERS;

    @Column(length = 200)
    private @Nullable String photoPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility photoVisibility = Visibility.MEMBERS;

    @ElementCollection
    @CollectionTable(name = "profile_language", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_expertise", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code")
    private Set<String> expertise = new HashSet<>();

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Profile() {
    }

    /** A new profile is private: out of the directory, every field visible to network members only. */
    Profile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    void update(ProfileForm form, Instant now) {
        title = blankToNull(form.title());
        institutionId = form.institutionId();
        country = form.country();
        biography = blankToNull(form.biography());
        inDirectory = form.inDirectory();
        titleVisibility = form.titleVisibility();
        institutionVisibility = form.institutionVisibility();
        countryVisibility = form.countryVisibility();
        languagesVisibility = form.languagesVisibility();
        expertiseVisibility = form.expertiseVisibility();
        biographyVisibility = form.biographyVisibility();
        languages.clear();
        form.languages().forEach(l -> languages.add(l.code()));
        expertise.clear();
        expertise.addAll(form.expertise());
        photoVisibility = form.photoVisibility();
        updatedAt = now;
    }

    ProfileForm toForm() {
        return new ProfileForm(title, institutionId, country, biography, inDirectory, titleVisibility,
                institutionVisibility, countryVisibility, languagesVisibility, expertiseVisibility,
                biographyVisibility,
                languages.stream().map(Language::ofCode)
                        .flatMap(Optional::stream).collect(Collectors.toSet()),
                Set.copyOf(expertise), photoVisibility);
    }

    @Nullable
    String photoPath() {
        return photoPath;
    }

    /** Replaces the photo; returns the previous file's name, for the caller to delete after commit. */
    @Nullable
    String replacePhoto(@Nullable String path, Instant now) {
        String previous = photoPath;
        photoPath = path;
        updatedAt = now;
        return previous;
    }

    long version() {
        return version;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
