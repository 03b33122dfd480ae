package org.healthequity.exchange.member;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Privacy by default in the directory: who sees whom, and which fields. */
class DirectoryServiceIntegrationTest extends IntegrationTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    People people;

    /** A HIM member in Norway listed in the directory, with a name no other row has; returns the name. */
    private String listedInNorway(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        people.withProfile(people.member(unique, Network.HIM), f -> People.listed(People.inCountry(f, "NO"), true));
        return unique;
    }

    @Test
    void visitorsSeeOnlyPeopleWhoOptedInAndOnlyTheirPublicFields() {
        List<MemberCard> all = everyone();
        assertThat(all).extracting(MemberCard::name).contains("Priya Raman", "Sophie Laurent")
                .doesNotContain("Hamid Rahimi", "李娜", "Keisha Brown", "Amina Haddad");

        MemberCard priya = card(all, "Priya Raman");
        assertThat(priya.title()).as("members-only title").isNull();
        assertThat(priya.institutionName()).isNull();
        assertThat(priya.country()).isNull();
        assertThat(priya.languages()).isEmpty();
        assertThat(priya.expertise()).isEmpty();

        MemberCard sophie = card(all, "Sophie Laurent");
        assertThat(sophie.title()).isEqualTo("Technical Officer, Social Determinants of Health");
        assertThat(sophie.countryName()).isNotBlank();
    }

    @Test
    void networkMembersSeeWhatMembersMaySee() {
        Accounts.signIn(users, "researcher@example.org");
        MemberCard priya = card(everyone(), "Priya Raman");
        assertThat(priya.title()).isEqualTo("Joint Secretary, Health Policy");
        assertThat(priya.country()).isEqualTo("IN");
        assertThat(priya.region()).isEqualTo("SEAR");
        assertThat(priya.expertise()).contains("SDG:3");
    }

    @Test
    void theSecretariatSeesEveryFieldButTheListStillHoldsOnlyPeopleWhoOptedIn() {
        Accounts.signIn(users, "secretariat@example.org");
        assertThat(everyone()).extracting(MemberCard::name).doesNotContain("李娜", "Hamid Rahimi");
        ExchangeUser hidden = (ExchangeUser) users.loadUserByUsername("li.na@example.org");
        MemberPage page = directory.member(hidden.accountId(), Language.ENGLISH).orElseThrow();
        assertThat(page.card().title()).isEqualTo("Associate Researcher");
        assertThat(page.email()).isEqualTo("li.na@example.org");
    }

    @Test
    void aFilterOnAHiddenFieldRevealsNothing() {
        DirectoryFilter inIndia = new DirectoryFilter("", null, "IN", null, null, null, null);
        assertThat(directory.page(inIndia, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .doesNotContain("Priya Raman");
        assertThat(directory.count(inIndia)).isZero();

        Accounts.signIn(users, "lead@example.org");
        assertThat(directory.page(inIndia, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .contains("Priya Raman");
    }

    @Test
    void filtersCombine() {
        Accounts.signIn(users, "member@example.org");
        DirectoryFilter him = new DirectoryFilter("", Network.HIM, null, "AFR", null, null, null);
        List<MemberCard> found = directory.page(him, Language.ENGLISH, 0, 50);
        assertThat(found).isNotEmpty().allSatisfy(card -> assertThat(card.region()).isEqualTo("AFR"));
        assertThat(found).extracting(MemberCard::name).contains("Kwame Mensah").doesNotContain("Wanjiru Kamau");
        assertThat(directory.count(him)).isEqualTo(found.size());

        DirectoryFilter arabicSpeakers = new DirectoryFilter("", null, null, null, null, null, Language.ARABIC);
        assertThat(directory.page(arabicSpeakers, Language.ENGLISH, 0, 50))
                .allSatisfy(card -> assertThat(card.languages()).contains(Language.ARABIC));

        String ingrid = listedInNorway("Ingrid");
        DirectoryFilter byName = new DirectoryFilter(ingrid.toUpperCase(Locale.ROOT), null, null, null,
                null, null, null);
        assertThat(directory.page(byName, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .containsExactly(ingrid);
    }

    @Test
    void theEmailAddressIsNeverPublic() {
        ExchangeUser sophie = (ExchangeUser) users.loadUserByUsername("secretariat@example.org");
        assertThat(directory.member(sophie.accountId(), Language.ENGLISH).orElseThrow().email()).isNull();
        Accounts.signIn(users, "member@example.org");
        assertThat(directory.member(sophie.accountId(), Language.ENGLISH).orElseThrow().email())
                .as("a member sees the address of someone who agreed to be contacted")
                .isEqualTo("secretariat@example.org");
    }

    @Test
    void countryNamesFollowTheViewersLanguage() {
        String ingrid = listedInNorway("Ingrid");
        Accounts.signIn(users, people.member("Viewer", Network.HIM));
        DirectoryFilter norway = new DirectoryFilter(ingrid, null, null, null, null, null, null);
        assertThat(directory.page(norway, Language.FRENCH, 0, 5).getFirst().countryName()).isEqualTo("Norvège");
        assertThat(directory.page(norway, Language.CHINESE, 0, 5).getFirst().countryName()).isEqualTo("挪威");
    }

    @Test
    void anInstitutionListsTheRepresentativesTheViewerMaySee() {
        long ghana = directory.institutions().stream().filter(i -> i.name().equals("Ghana Statistical Service"))
                .findFirst().orElseThrow().id();
        InstitutionPage page = directory.institution(ghana, Language.ENGLISH).orElseThrow();
        assertThat(page.networks()).containsExactly(Network.HIM);
        assertThat(page.representatives()).extracting(MemberCard::name).containsExactly("Kwame Mensah");
        assertThat(page.region()).isEqualTo("AFR");
    }

    private List<MemberCard> everyone() {
        return directory.page(DirectoryFilter.none(), Language.ENGLISH, 0, 500);
    }

    private static MemberCard card(List<MemberCard> cards, String name) {
        return cards.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
