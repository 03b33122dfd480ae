package org.healthequity.exchange.member;

import java.time.Clock;
import java.util.Map;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** A person's own profile: loading it for editing and saving it, with a conflict when it changed meanwhile. */
@Service
@Validated
public class ProfileService {

    /** The largest photo accepted, in bytes (the upload component stops there too). */
    public static final int PHOTO_MAX_BYTES = 5 * 1024 * 1024;

    private final ProfileRepository profiles;
    private final AccountRows accounts;
    private final InstitutionRows institutions;
    private final AuditLog audit;
    private final Clock clock;
    private final PhotoStore photos;
    private final TransactionTemplate transactions;
    private final SearchChanges search;

    ProfileService(ProfileRepository profiles, AccountRows accounts, InstitutionRows institutions, AuditLog audit, Clock clock, PhotoStore photos,
            TransactionTemplate transactions, SearchChanges search) {
        this.search = search;
        this.transactions = transactions;
        this.photos = photos;
        this.profiles = profiles;
        this.accounts = accounts;
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EditableProfile myProfile() {
        long me = CurrentUser.require().accountId();
        Map<Network, Boolean> consent = accounts.contactConsent(me);
        return profiles.findById(me).map(p -> new EditableProfile(p.toForm(), p.version(), consent))
                .orElseGet(() -> new EditableProfile(ProfileForm.empty(), -1, consent));
    }

    /**
     * Whether the members of one network the signed-in person belongs to may see their e-mail address to contact
     * them. Each membership keeps its own consent; the directory listing itself follows the profile's opt-in.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyContactConsent(Network network, boolean contactable) {
        long me = CurrentUser.require().accountId();
        accounts.setContactConsent(me, network, contactable);
        audit.record("profile.contact-consent", "account", me, AuditOutcome.SUCCESS, network + " " + contactable);
    }

    /**
     * Saves the signed-in person's profile.
     *
     * @param loadedVersion the version the form was loaded with (-1 for a profile not yet saved)
     * @return the new version
     * @throws ChangedMeanwhile when the profile was saved elsewhere since it was loaded
     * @throws Refused when a value is not one the portal knows
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long saveMyProfile(@Valid ProfileForm form, long loadedVersion) {
        long me = CurrentUser.require().accountId();
        form.expertise().stream().filter(code -> !Expertise.isValid(code)).findFirst().ifPresent(code -> {
            throw new Refused("expertise", "profile.expertise.unknown");
        });
        if (form.country() != null && !institutions.countryExists(form.country())) {
            throw new Refused("country", "profile.country.unknown");
        }
        if (form.institutionId() != null
                && !institutions.exists(form.institutionId())) {
            throw new Refused("institutionId", "profile.institution.unknown");
        }
        Profile profile = profiles.findById(me).orElse(null);
        if (profile == null) {
            if (loadedVersion != -1) {
                throw new ChangedMeanwhile();
            }
            profile = new Profile(me, clock.instant());
        } else if (profile.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        profile.update(form, clock.instant());
        try {
            Profile saved = profiles.saveAndFlush(profile);
            accounts.setDirectoryConsent(me, form.inDirectory());
            search.person(me);
            audit.record("profile.update", "account", me, AuditOutcome.SUCCESS,
                    form.inDirectory() ? "in directory" : "not in directory");
            return saved.version();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile();
        }
    }

    /**
     * Stores a new photo for the signed-in person, checked and re-encoded; the old one is deleted. The image is decoded
     * before the transaction begins, so uploads waiting for a decode never hold a database connection.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void setMyPhoto(byte[] upload) {
        long me = CurrentUser.require().accountId();
        String stored = photos.store(upload, me);
        String previous;
        try {
            previous = transactions.execute(status -> {
                Profile profile = profiles.findById(me)
                        .orElseGet(() -> profiles.save(new Profile(me, clock.instant())));
                String replaced = profile.replacePhoto(stored, clock.instant());
                // The profile's time of change is indexed: search reads a listed profile again.
                search.person(me);
                audit.record("profile.photo", "account", me, AuditOutcome.SUCCESS, null);
                return replaced;
            });
        } catch (RuntimeException e) {
            photos.delete(stored);
            throw e;
        }
        photos.delete(previous);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeMyPhoto() {
        long me = CurrentUser.require().accountId();
        profiles.findById(me).ifPresent(profile -> {
            photos.delete(profile.replacePhoto(null, clock.instant()));
            search.person(me);
        });
        audit.record("profile.photo-removed", "account", me, AuditOutcome.SUCCESS, null);
    }
}
