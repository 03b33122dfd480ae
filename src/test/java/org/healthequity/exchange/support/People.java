package org.healthequity.exchange.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.EditableProfile;
import org.healthequity.exchange.member.InstitutionAdministration;
import org.healthequity.exchange.member.InstitutionForm;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.member.ProfileForm;
import org.healthequity.exchange.member.ProfileService;
import org.healthequity.exchange.member.Registration;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;

/**
 * People for tests, made the way people become members: they register and confirm their address, the secretariat
 * invites them into networks and sets their roles, and they fill in their own profile. Each gets a unique address.
 * The caller's sign-in and request are as they were afterwards.
 */
@TestComponent
public class People {

    public static final String SECRETARIAT = "secretariat@example.org";
    public static final String PASSWORD = "a long walk to Geneva";

    private final AccountService accounts;
    private final MemberAdministration administration;
    private final ProfileService profiles;
    private final InstitutionAdministration institutions;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    People(AccountService accounts, MemberAdministration administration, ProfileService profiles,
            InstitutionAdministration institutions, UserDetailsService users, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.administration = administration;
        this.profiles = profiles;
        this.institutions = institutions;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A unique address made from a name ("Ada Lovelace" becomes ada.lovelace-1a2b3c4d@example.net). */
    public static String addressFor(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.net";
    }

    /** The name with a suffix no other person has, for tests that find a row by name ("Ada 1a2b3c4d"). */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An active account of the name (role APPLICANT, English) that has confirmed its address; returns the address. */
    public String applicant(String name) {
        return registered(name, addressFor(name));
    }

    /** As {@link #applicant(String)}, at an address the test chose. */
    public String registered(String name, String email) {
        return quietly(() -> {
            accounts.register(new Registration(name, email, Language.ENGLISH));
            accounts.confirmEmail(Outbox.latestToken(jdbc, email), PASSWORD);
            readAndDiscarded(email, "confirm-email");
            return email;
        });
    }

    /**
     * An active member (role MEMBER only) of the networks, each joined by accepting the secretariat's invitation;
     * with no network, a member the secretariat made so by role alone.
     */
    public String member(String name, Network... networks) {
        return member(name, addressFor(name), networks);
    }

    /** As {@link #member(String, Network...)}, at an address the test chose. */
    public String member(String name, String email, Network... networks) {
        registered(name, email);
        joins(email, networks);
        return withRoles(email, Role.MEMBER);
    }

    /**
     * A member of the network's secretariat (portal role SECRETARIAT only), who joined it in that role by accepting
     * the secretariat's invitation.
     */
    public String secretariat(String name, Network network) {
        String email = applicant(name);
        joins(email, network, NetworkRole.SECRETARIAT);
        return withRoles(email, Role.SECRETARIAT);
    }

    /** The person joins the networks as a member, each by accepting the secretariat's invitation. */
    public void joins(String email, Network... networks) {
        for (Network network : networks) {
            joins(email, network, NetworkRole.MEMBER);
        }
    }

    /** The person joins the network in the role (and gets its portal role) by accepting the secretariat's invitation. */
    public void joins(String email, Network network, NetworkRole role) {
        quietly(() -> {
            Accounts.signIn(users, SECRETARIAT);
            administration.invite(email, network, role, Language.ENGLISH);
            Accounts.signIn(users, email);
            administration.accept(Outbox.latestToken(jdbc, email));
            readAndDiscarded(email, "invitation");
            return email;
        });
    }

    /** The secretariat gives the account exactly these portal roles. */
    public String withRoles(String email, Role... roles) {
        return quietly(() -> {
            long id = id(email);
            Accounts.signIn(users, SECRETARIAT);
            administration.setRoles(id, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
            return email;
        });
    }

    /** The person chooses the time zone (null: the browser's) and keeps English. */
    public String inTimeZone(String email, @Nullable ZoneId zone) {
        return quietly(() -> {
            Accounts.signIn(users, email);
            accounts.updatePreferences(Language.ENGLISH, zone);
            return email;
        });
    }

    /** The person edits their own profile, starting from what it holds now. */
    public String withProfile(String email, UnaryOperator<ProfileForm> change) {
        return quietly(() -> {
            Accounts.signIn(users, email);
            EditableProfile loaded = profiles.myProfile();
            profiles.saveMyProfile(change.apply(loaded.form()), loaded.version());
            return email;
        });
    }

    /**
     * A profile filled in wholly, every field but the photo seen at one level, the way a person sets all their
     * visibilities at once.
     */
    public static ProfileForm profile(String title, @Nullable Long institutionId, String country,
            Set<Language> languages, Set<String> expertise, boolean inDirectory,
            Visibility seenBy) {
        return new ProfileForm(title, institutionId, country, null, inDirectory, seenBy, seenBy, seenBy, seenBy,
                seenBy, seenBy, languages, expertise, Visibility.MEMBERS);
    }

    /** The form with the directory opt-in changed. */
    public static ProfileForm listed(ProfileForm f, boolean inDirectory) {
        return new ProfileForm(f.title(), f.institutionId(), f.country(), f.biography(), inDirectory,
                f.titleVisibility(), f.institutionVisibility(), f.countryVisibility(), f.languagesVisibility(),
                f.expertiseVisibility(), f.biographyVisibility(), f.languages(), f.expertise(), f.photoVisibility());
    }

    /** The form with the country changed. */
    public static ProfileForm inCountry(ProfileForm f, String country) {
        return new ProfileForm(f.title(), f.institutionId(), country, f.biography(), f.inDirectory(),
                f.titleVisibility(), f.institutionVisibility(), f.countryVisibility(), f.languagesVisibility(),
                f.expertiseVisibility(), f.biographyVisibility(), f.languages(), f.expertise(), f.photoVisibility());
    }

    /** The form with the title and who may see it changed. */
    public static ProfileForm titled(ProfileForm f, String title, Visibility seenBy) {
        return new ProfileForm(title, f.institutionId(), f.country(), f.biography(), f.inDirectory(), seenBy,
                f.institutionVisibility(), f.countryVisibility(), f.languagesVisibility(), f.expertiseVisibility(),
                f.biographyVisibility(), f.languages(), f.expertise(), f.photoVisibility());
    }

    /** The form with the institution changed. */
    public static ProfileForm atInstitution(ProfileForm f, @Nullable Long institutionId) {
        return atInstitution(f, institutionId, f.institutionVisibility());
    }

    /** The form with the institution and who may see it changed. */
    public static ProfileForm atInstitution(ProfileForm f, @Nullable Long institutionId,
            Visibility seenBy) {
        return new ProfileForm(f.title(), institutionId, f.country(), f.biography(), f.inDirectory(),
                f.titleVisibility(), seenBy, f.countryVisibility(), f.languagesVisibility(),
                f.expertiseVisibility(), f.biographyVisibility(), f.languages(), f.expertise(), f.photoVisibility());
    }

    /** The id of the institution of this name in the country, recorded by the secretariat unless it already is. */
    public long institution(String name, String country) {
        return institution(name, country, false);
    }

    /**
     * As {@link #institution(String, String)}; a new institution is a member of the HIM Network when
     * {@code himMember}.
     */
    public long institution(String name, String country, boolean himMember) {
        return quietly(() -> {
            Accounts.signIn(users, SECRETARIAT);
            return institutions.all().stream()
                    .filter(i -> i.form().name().equalsIgnoreCase(name) && i.form().country().equals(country))
                    .map(InstitutionAdministration.Editable::id).findFirst()
                    .orElseGet(() -> institutions.save(null,
                            new InstitutionForm(name, InstitutionType.RESEARCH_INSTITUTE, country, null, himMember)));
        });
    }

    /** The person lets the members of the network see their address. */
    public String contactableIn(String email, Network network) {
        return quietly(() -> {
            Accounts.signIn(users, email);
            profiles.setMyContactConsent(network, true);
            return email;
        });
    }

    /**
     * The person has used the link of a setup mail and thrown the mail away, so that tests of what the portal mails
     * them see only what happened after they were made.
     */
    private void readAndDiscarded(String email, String template) {
        jdbc.update("delete from outgoing_mail where lower(recipient) = lower(?) and template = ?", email, template);
    }

    /** The person uploads a small photo of their own. */
    public String withPhoto(String email) {
        return quietly(() -> {
            Accounts.signIn(users, email);
            try {
                BufferedImage image = new BufferedImage(100, 100,
                        BufferedImage.TYPE_INT_RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                profiles.setMyPhoto(png.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return email;
        });
    }

    public String email(long accountId) {
        return jdbc.queryForObject("select email from account where id = ?", String.class, accountId);
    }

    public long id(String email) {
        return ((ExchangeUser) users.loadUserByUsername(email)).accountId();
    }

    /**
     * Runs the steps as nobody's request, so that the per-client mail limits of a view test's mock browser count only
     * what the test itself does, and gives the caller back their sign-in.
     */
    private <T> T quietly(Supplier<T> steps) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        RequestContextHolder.resetRequestAttributes();
        CurrentInstance.set(VaadinRequest.class, null);
        try {
            return steps.get();
        } finally {
            CurrentInstance.set(VaadinRequest.class, vaadinRequest);
            RequestContextHolder.setRequestAttributes(request);
            SecurityContextHolder.setContext(signedIn);
        }
    }
}
