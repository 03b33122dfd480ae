package org.healthequity.exchange.member;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** A tag in the names of this test's people that no other row has, so that lists hold only them. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** A GKNHE member in India, listed, who shows every field to network members only; returns the name. */
    private String priya() {
        String name = "Priya Raman " + tag;
        long ministry = people.institution("Ministry of Health and Family Welfare", "IN");
        people.withProfile(people.member(name, Network.GKNHE),
                f -> People.profile("Joint Secretary, Health Policy", ministry, "IN", Set.of(Language.ENGLISH),
                        Set.of("THEME:UNIVERSAL_HEALTH_COVERAGE", "SDG:3"), true, Visibility.MEMBERS));
        return name;
    }

    /** A member in Switzerland, listed, who shows every field to anyone; returns the name. */
    private String sophie() {
        String name = "Sophie Laurent " + tag;
        people.withProfile(people.member(name, Network.GKNHE),
                f -> People.profile("Technical Officer, Social Determinants of Health", null, "CH",
                        Set.of(Language.FRENCH, Language.ENGLISH), Set.of("SDG:10"), true, Visibility.PUBLIC));
        return name;
    }

    /** A member who filled in a profile but chose not to be in the directory; returns the name. */
    private String hamid() {
        String name = "Hamid Rahimi " + tag;
        people.withProfile(people.member(name, Network.GKNHE),
                f -> People.profile("Health Information Officer", null, "AF", Set.of(Language.ARABIC),
                        Set.of("SDG:3"), false, Visibility.MEMBERS));
        return name;
    }

    /** A HIM member, not in the directory, who shows every field to the secretariat only; returns the address. */
    private String liNa() {
        String email = People.addressFor("li na");
        people.withProfile(people.member("李娜 " + tag, email, Network.HIM),
                f -> People.profile("Associate Researcher", null, "CN", Set.of(Language.CHINESE),
                        Set.of("SDG:5"), false, Visibility.SECRETARIAT));
        return email;
    }

    @Test
    void visitorsSeeOnlyPeopleWhoOptedInAndOnlyTheirPublicFields() {
        String priyaName = priya();
        String sophieName = sophie();
        String hamidName = hamid();
        liNa();
        String noProfile = "Amina Haddad " + tag;
        people.applicant(noProfile);

        List<MemberCard> all = everyone();
        assertThat(all).extracting(MemberCard::name).contains(priyaName, sophieName)
                .doesNotContain(hamidName, "李娜 " + tag, noProfile);

        MemberCard priya = card(all, priyaName);
        assertThat(priya.title()).as("members-only title").isNull();
        assertThat(priya.institutionName()).isNull();
        assertThat(priya.country()).isNull();
        assertThat(priya.languages()).isEmpty();
        assertThat(priya.expertise()).isEmpty();

        MemberCard sophie = card(all, sophieName);
        assertThat(sophie.title()).isEqualTo("Technical Officer, Social Determinants of Health");
        assertThat(sophie.countryName()).isNotBlank();
    }

    @Test
    void networkMembersSeeWhatMembersMaySee() {
        String priyaName = priya();
        Accounts.signIn(users, people.member("Researcher", Network.HIM));
        MemberCard priya = card(everyone(), priyaName);
        assertThat(priya.title()).isEqualTo("Joint Secretary, Health Policy");
        assertThat(priya.country()).isEqualTo("IN");
        assertThat(priya.region()).isEqualTo("SEAR");
        assertThat(priya.expertise()).contains("SDG:3");
    }

    @Test
    void theSecretariatSeesEveryFieldButTheListStillHoldsOnlyPeopleWhoOptedIn() {
        String liNa = liNa();
        String hamidName = hamid();
        Accounts.signIn(users, "secretariat@example.org");
        assertThat(everyone()).extracting(MemberCard::name).doesNotContain("李娜 " + tag, hamidName);
        ExchangeUser hidden = (ExchangeUser) users.loadUserByUsername(liNa);
        MemberPage page = directory.member(hidden.accountId(), Language.ENGLISH).orElseThrow();
        assertThat(page.card().title()).isEqualTo("Associate Researcher");
        assertThat(page.email()).isEqualTo(liNa);
    }

    @Test
    void aFilterOnAHiddenFieldRevealsNothing() {
        String priyaName = priya();
        DirectoryFilter inIndia = new DirectoryFilter(tag, null, "IN", null, null, null, null);
        assertThat(directory.page(inIndia, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .doesNotContain(priyaName);
        assertThat(directory.count(inIndia)).isZero();

        Accounts.signIn(users, "lead@example.org");
        assertThat(directory.page(inIndia, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .contains(priyaName);
    }

    @Test
    void filtersCombine() {
        String kwame = "Kwame Mensah " + tag;
        people.withProfile(people.member(kwame, Network.HIM), f -> People.profile("Director of Social Statistics",
                null, "GH", Set.of(Language.ENGLISH), Set.of("SDG:1"), true, Visibility.MEMBERS));
        String wanjiru = "Wanjiru Kamau " + tag;
        people.withProfile(people.member(wanjiru, Network.GKNHE), f -> People.profile("Programme Lead, Urban Health",
                null, "KE", Set.of(Language.ENGLISH), Set.of("SDG:11"), true, Visibility.PUBLIC));
        String layla = "Layla Haddad " + tag;
        people.withProfile(people.member(layla, Network.HIM), f -> People.profile("Director of Policy and Planning",
                null, "JO", Set.of(Language.ARABIC, Language.ENGLISH), Set.of("SDG:10"), true, Visibility.PUBLIC));

        Accounts.signIn(users, "member@example.org");
        DirectoryFilter him = new DirectoryFilter(tag, Network.HIM, null, "AFR", null, null, null);
        List<MemberCard> found = directory.page(him, Language.ENGLISH, 0, 50);
        assertThat(found).isNotEmpty().allSatisfy(card -> assertThat(card.region()).isEqualTo("AFR"));
        assertThat(found).extracting(MemberCard::name).contains(kwame).doesNotContain(wanjiru, layla);
        assertThat(directory.count(him)).isEqualTo(found.size());

        DirectoryFilter arabicSpeakers = new DirectoryFilter(tag, null, null, null, null, null, Language.ARABIC);
        assertThat(directory.page(arabicSpeakers, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .containsExactly(layla);
        assertThat(directory.page(new DirectoryFilter("", null, null, null, null, null, Language.ARABIC),
                Language.ENGLISH, 0, 50)).allSatisfy(card -> assertThat(card.languages()).contains(Language.ARABIC));

        String ingrid = listedInNorway("Ingrid");
        DirectoryFilter byName = new DirectoryFilter(ingrid.toUpperCase(Locale.ROOT), null, null, null,
                null, null, null);
        assertThat(directory.page(byName, Language.ENGLISH, 0, 50)).extracting(MemberCard::name)
                .containsExactly(ingrid);
    }

    @Test
    void theEmailAddressIsNeverPublic() {
        String sophie = people.contactableIn(people.withProfile(people.member("Sophie Laurent " + tag,
                Network.GKNHE), f -> People.profile("Technical Officer", null, "CH", Set.of(Language.FRENCH),
                        Set.of("SDG:10"), true, Visibility.PUBLIC)), Network.GKNHE);
        long id = people.id(sophie);
        assertThat(directory.member(id, Language.ENGLISH).orElseThrow().email()).isNull();
        Accounts.signIn(users, people.member("Colleague", Network.GKNHE));
        assertThat(directory.member(id, Language.ENGLISH).orElseThrow().email())
                .as("a member sees the address of someone who agreed to be contacted").isEqualTo(sophie);
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
        long ghana = people.institution("Ghana Statistical Service " + tag, "GH", true);
        String kwame = "Kwame Mensah " + tag;
        people.withProfile(people.member(kwame, Network.HIM),
                f -> People.profile("Director of Social Statistics", ghana, "GH", Set.of(Language.ENGLISH),
                        Set.of("SDG:1"), true, Visibility.PUBLIC));
        people.withProfile(people.member("Colleague " + tag, Network.HIM),
                f -> People.profile("Statistician", ghana, "GH", Set.of(Language.ENGLISH), Set.of("SDG:1"), true,
                        Visibility.MEMBERS));
        assertThat(directory.institutions()).extracting(InstitutionRef::id).contains(ghana);
        InstitutionPage page = directory.institution(ghana, Language.ENGLISH).orElseThrow();
        assertThat(page.networks()).containsExactly(Network.HIM);
        assertThat(page.representatives()).extracting(MemberCard::name).containsExactly(kwame);
        assertThat(page.region()).isEqualTo("AFR");
    }

    /** This test's people, whatever else the directory holds. */
    private List<MemberCard> everyone() {
        return directory.page(new DirectoryFilter(tag, null, null, null, null, null, null), Language.ENGLISH, 0,
                500);
    }

    private static MemberCard card(List<MemberCard> cards, String name) {
        return cards.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
