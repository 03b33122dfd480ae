package org.healthequity.exchange.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * The network directory. Everyone may call it; what comes back depends on who asks: visitors get the public part,
 * network members what members may see, the secretariat everything. Only people who opted in appear, and a filter on
 * a field the viewer may not see does not match, so filters cannot reveal hidden values.
 */
@Service
@NamedInterface("api")
public class DirectoryService {

    private final DirectoryRows rows;
    private final AccountRows accounts;
    private final InstitutionRows institutions;
    private final PhotoStore photos;

    DirectoryService(DirectoryRows rows, AccountRows accounts, InstitutionRows institutions, PhotoStore photos) {
        this.rows = rows;
        this.accounts = accounts;
        this.institutions = institutions;
        this.photos = photos;
    }

    /** One page of the directory, sorted by name: three queries whatever the page size. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<MemberCard> page(DirectoryFilter filter, Language language, int offset, int limit) {
        Visibility level = viewerLevel();
        return cards(rows.page(filter, level, language, Math.max(0, offset), Math.max(1, Math.min(limit, 500))),
                level);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(DirectoryFilter filter) {
        return rows.count(filter, viewerLevel());
    }

    /** A profile page, if the person is in the directory (or the viewer is that person or the secretariat). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MemberPage> member(long accountId, Language language) {
        Visibility level = viewerLevel();
        Optional<ExchangeUser> viewer = CurrentUser.get();
        boolean self = viewer.isPresent() && viewer.get().accountId() == accountId;
        Visibility effective = self ? Visibility.SECRETARIAT : level;
        Optional<DirectoryRows.Row> found = rows.member(accountId, language, self || level == Visibility.SECRETARIAT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DirectoryRows.Row row = found.get();
        MemberCard card = cards(List.of(row), effective).getFirst();
        Map<Network, NetworkRole> networks = accounts.networkRolesOf(accountId);
        // Consent is per network: the address shows to members of a network where the person agreed to it.
        boolean contactable = viewer.isPresent() && accounts.contactableBy(accountId, viewer.get().accountId());
        String biography = row.biographyVisibility() != null && row.biographyVisibility().visibleAt(effective)
                ? row.biography() : null;
        // The address is never public: members see it only when the person agreed to be contacted.
        String email = effective == Visibility.SECRETARIAT
                || (effective == Visibility.MEMBERS && contactable)
                ? row.email() : null;
        return Optional.of(new MemberPage(card, biography, email, networks));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<InstitutionPage> institution(long id, Language language) {
        Visibility level = viewerLevel();
        return rows.institution(id, language).map(page -> new InstitutionPage(page.id(), page.name(), page.type(),
                page.country(), page.countryName(), page.region(), page.website(), page.networks(),
                cards(rows.institutionMembers(id, level, language), level)));
    }

    /** A person's photo, if the viewer may see it (the same rule as the profile page). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(long accountId) {
        return member(accountId, Language.ENGLISH).filter(page -> page.card().photo())
                .flatMap(page -> photos.read(rows.photoPath(accountId)));
    }

    /** Institutions to choose from in a profile form. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<InstitutionRef> institutions() {
        return institutions.refs();
    }

    /** How much of a profile the current caller may see. */
    Visibility viewerLevel() {
        return CurrentUser.get().map(this::levelOf).orElse(Visibility.PUBLIC);
    }

    /** How much of a profile a signed-in person may see (the directory's rule, and search's through its tokens). */
    Visibility levelOf(ExchangeUser user) {
        if (user.isStaff()) {
            return Visibility.SECRETARIAT;
        }
        // Network roles only: leading a working group (GROUP_LEAD) says nothing about belonging to a network.
        if (user.hasRole(Role.MEMBER) || user.hasRole(Role.STEERING_COMMITTEE)) {
            return Visibility.MEMBERS;
        }
        return accounts.inAnyNetwork(user.accountId()) ? Visibility.MEMBERS : Visibility.PUBLIC;
    }

    /** Applies the viewer's visibility, loading languages and expertise for all rows in two queries. */
    private List<MemberCard> cards(List<DirectoryRows.Row> found, Visibility level) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(DirectoryRows.Row::id).toList();
        Map<Long, Set<Language>> languages = rows.languages(ids);
        Map<Long, Set<String>> expertise = rows.expertise(ids);
        List<MemberCard> cards = new ArrayList<>(found.size());
        for (DirectoryRows.Row r : found) {
            boolean title = r.titleVisibility().visibleAt(level);
            boolean institution = r.institutionVisibility().visibleAt(level);
            boolean country = r.countryVisibility().visibleAt(level);
            cards.add(new MemberCard(r.id(), r.name(), title ? r.title() : null,
                    institution ? r.institutionId() : null, institution ? r.institutionName() : null,
                    country ? r.country() : null, country ? r.countryName() : null, country ? r.region() : null,
                    r.languagesVisibility().visibleAt(level) ? languages.getOrDefault(r.id(), Set.of()) : Set.of(),
                    r.expertiseVisibility().visibleAt(level) ? expertise.getOrDefault(r.id(), Set.of()) : Set.of(),
                    r.hasPhoto() && r.photoVisibility().visibleAt(level)));
        }
        return cards;
    }
}
