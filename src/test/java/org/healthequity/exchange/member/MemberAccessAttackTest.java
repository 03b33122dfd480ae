package org.healthequity.exchange.member;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.support.Attacks.done;
import static org.healthequity.exchange.support.Attacks.refused;

/**
 * Every member-module service method that takes an account or institution id, called by a member or a visitor with
 * someone else's: a person who is not in the directory does not exist for them, and the secretariat's tools refuse
 * them. Free-text filters take SQL wildcards literally.
 */
@Tag("attack")
class MemberAccessAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    DirectoryService directory;

    @Autowired
    MemberAdministration administration;

    @Autowired
    MemberContacts contacts;

    @Autowired
    InstitutionAdministration institutions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private String person(String name, boolean inDirectory) {
        String email = people.inTimeZone(people.member(name, Network.GKNHE), ZoneId.of("UTC"));
        people.contactableIn(email, Network.GKNHE);
        people.withPhoto(email);
        return people.withProfile(email, f -> new ProfileForm(f.title(), f.institutionId(), f.country(),
                "Private biography", inDirectory, f.titleVisibility(), f.institutionVisibility(),
                f.countryVisibility(), f.languagesVisibility(), f.expertiseVisibility(), Visibility.SECRETARIAT,
                f.languages(), f.expertise(), f.photoVisibility()));
    }

    @TestFactory
    Stream<DynamicTest> memberReachesNoHiddenProfileNorTheSecretariatsTools() {
        String member = person("Mona Member", true);
        long hidden = people.id(person("Hugo Hidden", false));
        long listed = people.id(person("Lisa Listed", true));
        Runnable asMember = () -> Accounts.signIn(users, member);
        Runnable asVisitor = SecurityContextHolder::clearContext;
        return Stream.of(
                refused("DirectoryService.member: member opens the profile of someone not in the directory", asMember,
                        hidden, true, id -> directory.member(id, Language.ENGLISH)),
                refused("DirectoryService.member: visitor opens the profile of someone not in the directory",
                        asVisitor, hidden, true, id -> directory.member(id, Language.ENGLISH)),
                refused("DirectoryService.member: member reads a biography kept for the secretariat", asMember,
                        listed, false, id -> directory.member(id, Language.ENGLISH).map(MemberPage::biography)),
                refused("DirectoryService.member: visitor reads a listed member's address", asVisitor, listed, false,
                        id -> directory.member(id, Language.ENGLISH).map(MemberPage::email)),
                refused("DirectoryService.photo: member downloads the photo of someone not in the directory",
                        asMember, hidden, true, directory::photo),
                refused("MemberAdministration.notes: member reads the staff notes on a person", asMember, listed,
                        false, administration::notes),
                refused("MemberAdministration.addNote: member writes a staff note", asMember, listed, false,
                        id -> { administration.addNote(id, "Forged note"); return done(); }),
                refused("MemberAdministration.setSuspended: member suspends another member", asMember, listed, false,
                        id -> { administration.setSuspended(id, true); return done(); }),
                refused("MemberAdministration.setRoles: member makes themselves secretariat", asMember,
                        people.id(member),
                        false, id -> { administration.setRoles(id, Set.of(Role.SECRETARIAT)); return done(); }),
                refused("MemberContacts.contact: member reads another person's address", asMember, hidden, false,
                        contacts::contact),
                refused("MemberContacts.countries: member reads people's countries by id", asMember, hidden, false,
                        id -> contacts.countries(List.of(id))),
                refused("MemberContacts.listedInDirectory: visitor probes who is listed", asVisitor, listed, false,
                        id -> contacts.listedInDirectory(List.of(id))),
                refused("InstitutionAdministration.save: member renames an institution", asMember, 1, false,
                        id -> institutions.save(id, new InstitutionForm("Renamed", InstitutionType.UNIVERSITY, "KE",
                                null, false))));
    }

    @Test
    void directoryTextFilterTakesSqlWildcardsLiterally() {
        String viewer = person("Wanda Viewer", true);
        person("Percy " + UUID.randomUUID(), true);
        Accounts.signIn(users, viewer);
        for (String wildcard : List.of("%", "_", "\\", "%%", "_%_", "' or '1'='1")) {
            DirectoryFilter filter = new DirectoryFilter(wildcard, null, null, null, null, null, null);
            assertThat(directory.page(filter, Language.ENGLISH, 0, 50)).as(wildcard)
                    .allSatisfy(card -> assertThat(card.name()).contains(wildcard));
        }
        Accounts.signIn(users, "secretariat@example.org");
        for (String wildcard : List.of("%", "_", "\\")) {
            assertThat(administration.page(wildcard, 0, 50)).as(wildcard).allSatisfy(row -> assertThat(
                    row.email() + row.name()).contains(wildcard));
        }
    }
}
