package org.healthequity.exchange.member;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileServiceIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    ProfileService profiles;

    @Autowired
    DirectoryService directory;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewPersonIsNotInTheDirectoryUntilTheyOptIn() {
        String email = signedIn(people.applicant("Zara Optin"));
        EditableProfile fresh = profiles.myProfile();
        assertThat(fresh.form().inDirectory()).isFalse();
        assertThat(names()).doesNotContain("Zara Optin");

        profiles.saveMyProfile(withDirectory(fresh.form(), false, "Analyst"), fresh.version());
        assertThat(names()).doesNotContain("Zara Optin");

        EditableProfile saved = profiles.myProfile();
        profiles.saveMyProfile(withDirectory(saved.form(), true, "Analyst"), saved.version());
        assertThat(names()).contains("Zara Optin");
        assertThat(email).isNotBlank();
    }

    @Test
    void aSecondSaveFromAStaleFormIsRefused() {
        signedIn(people.applicant("Two Tabs"));
        EditableProfile loaded = profiles.myProfile();
        long first = profiles.saveMyProfile(withDirectory(loaded.form(), true, "First tab"), loaded.version());
        assertThatThrownBy(() -> profiles.saveMyProfile(withDirectory(loaded.form(), true, "Second tab"),
                loaded.version())).isInstanceOf(ChangedMeanwhile.class);
        assertThat(profiles.myProfile().form().title()).isEqualTo("First tab");
        assertThat(profiles.myProfile().version()).isEqualTo(first);
    }

    @Test
    void membersSeeTheAddressOnlyOfPeopleWhoAgreedToBeContacted() {
        String email = signedIn(people.applicant("Contact Me"));
        ExchangeUser me =
                (ExchangeUser) users.loadUserByUsername(email);
        people.joins(email, Network.GKNHE);
        EditableProfile loaded = profiles.myProfile();
        assertThat(loaded.contactable()).containsExactly(Map.entry(Network.GKNHE, false));
        profiles.saveMyProfile(withDirectory(loaded.form(), true, "Analyst"), loaded.version());

        Accounts.signIn(users, "member@example.org");
        assertThat(directory.member(me.accountId(), Language.ENGLISH).orElseThrow().email()).isNull();

        Accounts.signIn(users, email);
        profiles.setMyContactConsent(Network.GKNHE, true);
        assertThat(profiles.myProfile().contactable()).containsExactly(Map.entry(Network.GKNHE, true));
        Accounts.signIn(users, "member@example.org");
        assertThat(directory.member(me.accountId(), Language.ENGLISH).orElseThrow().email()).isEqualTo(email);
        Accounts.signIn(users, "researcher@example.org");
        assertThat(directory.member(me.accountId(), Language.ENGLISH).orElseThrow().email())
                .as("a member of the other network only").isNull();
    }

    @Test
    void refusesValuesOutsideTheVocabulary() {
        signedIn(people.applicant("Vocabulary Person"));
        EditableProfile loaded = profiles.myProfile();
        ProfileForm bad = new ProfileForm(null, null, "ZZ", null, true, Visibility.PUBLIC, Visibility.PUBLIC,
                Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Set.of(), Set.of(), Visibility.PUBLIC);
        assertThatThrownBy(() -> profiles.saveMyProfile(bad, loaded.version())).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).field()).isEqualTo("country");
        ProfileForm badExpertise = new ProfileForm(null, null, null, null, true, Visibility.PUBLIC,
                Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC,
                Set.of(), Set.of("THEME:ASTROLOGY"), Visibility.PUBLIC);
        assertThatThrownBy(() -> profiles.saveMyProfile(badExpertise, loaded.version()))
                .isInstanceOf(Refused.class);
    }

    private ProfileForm withDirectory(ProfileForm form, boolean inDirectory, String title) {
        return new ProfileForm(title, form.institutionId(), "KE", form.biography(), inDirectory, Visibility.PUBLIC,
                form.institutionVisibility(), Visibility.PUBLIC, form.languagesVisibility(),
                form.expertiseVisibility(), form.biographyVisibility(), Set.of(Language.ENGLISH),
                Set.of("THEME:HOUSING"), Visibility.MEMBERS);
    }

    private List<String> names() {
        return directory.page(DirectoryFilter.none(), Language.ENGLISH, 0, 500).stream().map(MemberCard::name)
                .toList();
    }

    private String signedIn(String email) {
        Accounts.signIn(users, email);
        return email;
    }
}
