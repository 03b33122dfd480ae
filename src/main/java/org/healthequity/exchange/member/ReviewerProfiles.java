package org.healthequity.exchange.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the open call's expertise matching may know of the steering committee: who sits on a network's committee (an
 * applicant names people from it as suggested or unwanted reviewers) and, for the secretariat's suggestions, the
 * areas of expertise each candidate declared on their profile.
 */
@Service
@NamedInterface("api")
public class ReviewerProfiles {

    /** A committee member as an applicant picks them: name and affiliation, as the network's governance page shows. */
    public record CommitteeMember(long accountId, String displayName, @Nullable String institution) {
    }

    private final AccountRows accounts;
    private final DirectoryRows directory;

    ReviewerProfiles(AccountRows accounts, DirectoryRows directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The active members of a network's steering committee, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommitteeMember> committee(Network network) {
        return accounts.steeringCommittee(network).stream()
                .map(r -> new CommitteeMember(r.accountId(), r.displayName(), r.institution())).toList();
    }

    /** The expertise codes each given person declared (those with none are left out), in one query. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> expertise(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : directory.expertise(List.copyOf(accountIds));
    }
}
