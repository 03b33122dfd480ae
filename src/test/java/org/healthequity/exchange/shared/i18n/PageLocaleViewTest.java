package org.healthequity.exchange.shared.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's locale: a shareable address names its language ({@code ?lang=fr}), remembered like the switcher's
 * choice; dates follow the browser's region within that language.
 */
class PageLocaleViewTest extends ViewTest {

    @Autowired
    People people;

    @Autowired
    Translations translations;

    @Test
    void anAddressWithLangOpensThePageInThatLanguageAndRemembersIt() {
        navigate("members?lang=fr");
        assertThat(languageCookie()).isEqualTo("fr");
        assertThat(pendingJavaScript()).anyMatch(js -> js.contains("./members?lang=fr"));
        UI.getCurrent().getPage().reload(); // the browser loads the address anew, in its language

        assertThat(title()).startsWith("Membres ·");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        navigate("members");
        assertThat(title()).startsWith("Membres ·");
    }

    @Test
    void aLanguageLinkCannotSendTheBrowserToAnotherHost() {
        navigate("/evil.example/page?lang=fr");

        // The page is loaded anew at an address relative to the portal, whatever slashes the path began with.
        assertThat(pendingJavaScript()).filteredOn(js -> js.contains("window.open"))
                .singleElement().asString().contains("[./evil.example/page?lang=fr,").doesNotContain("//evil");
    }

    @Test
    void anAddressInArabicOpensThePageInArabic() {
        navigate("calls?lang=ar");
        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(title()).startsWith(translations.get("nav.calls", Language.ARABIC) + " ·");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "", "pt-BR", "<script>alert(1)</script>", "frfrfrfrfrfrfrfrfrfrfrfrfrfrfrfrfrfrfr"})
    void aLanguageThePortalDoesNotSpeakIsIgnored(String value) {
        navigate("members?lang=" + value);
        UI.getCurrent().getPage().reload();

        assertThat(title()).isEqualTo("Members · Health Equity Exchange");
        assertThat(languageCookie()).isNull();
    }

    @Test
    void aSignedInPersonsAccountRemembersTheLanguageOfTheAddress() {
        String email = people.member("Ruslan Address");
        login(email);

        navigate("dashboard?lang=ru");
        UI.getCurrent().getPage().reload();

        assertThat(((ExchangeUser) users.loadUserByUsername(email)).language()).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void aBritishBrowserSeesBritishDatesInEnglishAndFrenchDatesInFrench() {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setLocaleInt(Locale.forLanguageTag("en-GB"));
        VaadinSession.getCurrent().setAttribute(LocaleSupport.SESSION_BROWSER_LOCALES, null);
        UI.getCurrent().getPage().reload();
        Instant winter = Instant.parse("2026-12-06T16:50:00Z");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(ViewerTime.format(winter, ZoneId.of("Europe/Paris"), ViewerTime.locale()))
                .isEqualTo("6 Dec 2026, 17:50 (Central European Standard Time, Europe/Paris)");
        // French chosen in the same browser: the language is French, the region still the browser's.
        navigate("members?lang=fr");
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("fr-GB"));
        assertThat(title()).startsWith("Membres ·");
    }

    private static List<String> pendingJavaScript() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression() + " "
                        + invocation.getInvocation().getParameters()).toList();
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private static String languageCookie() {
        FakeResponse response = (FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
        var cookie = response.findCookie(LocaleSupport.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
