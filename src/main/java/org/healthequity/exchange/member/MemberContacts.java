package org.healthequity.exchange.member;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * What other modules may know of a person by account id: the name they sign their work with (public, as on a published
 * case study) and, for the secretariat's mail about a person's content, the address and language to write in.
 */
@Service
@NamedInterface("api")
public class MemberContacts {

    /** Where and in which language to write to a person. */
    public record Contact(long accountId, String email, String displayName, Language language) {
    }

    /** Where, in which language and for which time zone to write to a person (the zone, if they chose one). */
    public record Recipient(long accountId, String email, String displayName, Language language,
            @Nullable ZoneId zone) {
    }

    /** What an active person belongs to now: their portal roles and their networks. */
    public record Standing(Set<Role> roles, Set<Network> networks) {

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }

        public boolean isStaff() {
            return roles.stream().anyMatch(Role::isStaff);
        }
    }

    private final AccountRows rows;

    MemberContacts(AccountRows rows) {
        this.rows = rows;
    }

    /** The display names of the given accounts, in one query; unknown ids are left out. */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? new HashMap<>() : rows.names(accountIds);
    }

    /**
     * Of the given accounts, the active people listed in the directory: the only people a signed-in person may name
     * (as a co-author, say), since only they can be found by name. Unknown and unlisted ids are left out alike.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> listedInDirectory(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? new HashSet<>() : rows.listedInDirectory(accountIds);
    }

    /** The networks the signed-in person belongs to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Network> myNetworks() {
        return rows.networksOf(CurrentUser.require().accountId());
    }

    /**
     * The address, language and time zone of active people, for mail a module sends them about what they take part in
     * (registrations, reminders, a working group's posts and digests), also from background jobs; closed accounts are
     * left out. Never for display.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, Recipient> recipients(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? new HashMap<>() : rows.activeRecipients(accountIds);
    }

    /**
     * How many members of a network (of either network when none is given) chose each time zone: counts only, for
     * planning meetings at fair hours.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<ZoneId, Long> memberZones(@Nullable Network network) {
        return rows.memberZones(network);
    }

    /**
     * How many of the given people (a working group's members) chose each time zone: counts only, for planning a
     * group's meetings at fair hours.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public Map<ZoneId, Long> zonesOf(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? new HashMap<>() : rows.zonesOf(accountIds);
    }

    /** The country (ISO code) of each person's profile, for statistics; people without one are left out. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<Long, String> countries(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? new HashMap<>() : rows.countries(accountIds);
    }

    /** The languages the signed-in person declared in their profile: those they may translate case studies into. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Language> myLanguages() {
        return rows.languagesOf(CurrentUser.require().accountId());
    }

    /** An active person's address and language, for mail the secretariat's decisions send; none for a closed account. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<Contact> contact(long accountId) {
        return rows.activeContact(accountId);
    }

    /** A member of a network's steering committee with the affiliation that conflicts of interest are judged by. */
    public record Reviewer(long accountId, String displayName, @Nullable String institution,
            @Nullable String country, Language language) {
    }

    /** The active members of a network's steering committee, by name, in one query. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<Reviewer> steeringCommittee(Network network) {
        return rows.steeringCommittee(network);
    }

    /**
     * The active account of an address, for the steering committee and the secretariat naming a new group's leads.
     * It tells whether an address has an account, so it stays closed to members and group leads (who invite instead).
     */
    @RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public Optional<Contact> activeByEmail(String email) {
        return rows.activeContactByEmail(email.strip());
    }

    /**
     * The current roles and networks of an active person, for what a module serves them without a session (a calendar
     * feed behind a secret address); empty for an account that is pending, suspended or deleted.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Standing> standing(long accountId) {
        return rows.activeStanding(accountId);
    }
}
