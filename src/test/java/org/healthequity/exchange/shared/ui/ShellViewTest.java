package org.healthequity.exchange.shared.ui;


import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Registration;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.support.MenuLinks;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.Cookie;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ShellViewTest extends ViewTest {

    @Autowired
    LocaleSupport localeSupport;

    @Autowired
    People people;

    @Test
    void visitorsSeeWhatTheNetworksAreAndTheLivePanels() {
        navigate("");
        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains(
                "Global Knowledge Network for Health Equity", "Health Inequality Monitoring Network",
                "Latest case studies", "Upcoming webinars", "Open calls");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Sign in", "Register");
    }

    @Test
    void theMenuShowsOnlyWhatTheViewerMayOpen() {
        navigate("");
        assertThat(MenuLinks.titles()).contains("Home")
                .doesNotContain("Audit log", "Outgoing mail", "Dashboard");
        login("admin@example.org");
        UI.getCurrent().getPage().reload();
        assertThat(MenuLinks.titles())
                .contains("Home", "Dashboard", "Audit log", "Outgoing mail", "My account");
    }

    @Test
    void theMenuIsPlainLinksWithThePageShownMarked() {
        navigate("");
        assertThat(MenuLinks.current()).map(MenuLinks.Link::title).contains("Home");
        navigate("case-studies");
        assertThat(MenuLinks.links()).anySatisfy(link -> assertThat(link.href()).isEqualTo("case-studies"));
        assertThat(MenuLinks.current()).map(MenuLinks.Link::href).contains("case-studies");
        assertThat(MenuLinks.links().stream().filter(MenuLinks.Link::current)).hasSize(1);
    }

    @Test
    void theLanguageSwitcherOffersEachLanguageInItselfAndChoosingOneReloadsThePageInIt() {
        navigate("");
        LanguageSwitcher switcher = _get(LanguageSwitcher.class);
        assertThat(switcher.getElement().getAttribute("aria-label")).isEqualTo("Language");
        var buttons = Jsoup.parseBodyFragment(switcher.entries()).select("button");
        assertThat(buttons.stream().map(button -> button.text())).containsExactly(Arrays
                .stream(Language.values()).map(Language::nativeName).toArray(String[]::new));
        assertThat(buttons.stream().filter(button -> button.hasAttr("aria-current")).map(button -> button.attr("lang")))
                .containsExactly("en");
        press(switcher, Language.FRENCH.code());
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        UI.getCurrent().getPage().reload();
        assertThat(_get(LanguageSwitcher.class).current()).isEqualTo(Language.FRENCH);
        localeSupport.choose(UI.getCurrent(), Language.ENGLISH);
    }

    @Test
    void theAccountMenuLinksToTheAccountAndSignsOut() {
        login(people.member("Paula Menu"));
        UI.getCurrent().getPage().reload();
        navigate("dashboard");
        AccountMenu menu = _get(AccountMenu.class);
        assertThat(menu.getElement().getTextRecursively()).contains("Paula Menu");
        var entries = Jsoup.parseBodyFragment(menu.entries());
        assertThat(entries.select("a").attr("href")).isEqualTo("account");
        assertThat(entries.select("a").text()).isEqualTo("My account");
        assertThat(entries.select("button").text()).isEqualTo("Sign out");
    }

    /** What the browser sends when a person presses the panel's button with this value. */
    private static void press(Disclosure disclosure, String value) {
        Element panel = disclosure.getElement().getChild(1);
        var data = JacksonUtils.createObjectNode().put("event.target.value", value)
                .put("event.target.localName==='button'", true);
        panel.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(panel, "click", data));
    }

    @Test
    void theDashboardGreetsThePersonAndListsTheirTasks() {
        login(people.member("Paula Greeted"));
        navigate("dashboard");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Paula Greeted");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Your tasks", "What is new for you");
    }

    @Test
    void aPersonWithoutATimeZoneIsAskedToChooseOne() {
        String email = uniqueEmail("zone");
        registerAndConfirm(email);
        login(email);
        navigate("dashboard");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Choose your time zone, so meeting times are shown right for you.");
    }

    @Test
    void everyPageStartsWithASkipLinkToItsContentAndEndsWithTheAccessibilityStatementLink() {
        navigate("case-studies");
        Anchor skip = _find(Anchor.class).stream().filter(a -> a.hasClassName("skip-link")).findFirst().orElseThrow();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getHref()).isEqualTo("#main-content");
        Element page = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getElement();
        assertThat(page.getAttribute("id")).isEqualTo("main-content");
        // A negative tabindex on a Vaadin layout (a shadow host) would take every control inside out of the tab order.
        assertThat(page.getAttribute("tabindex")).isNull();
        assertThat(_find(Anchor.class).stream().filter(a -> "accessibility".equals(a.getHref())).map(Anchor::getText))
                .containsExactly("Accessibility");

        navigate("accessibility");
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Conformance status",
                "Known exceptions", "Report a barrier", "How the portal is checked");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("mailto:secretariat@healthequity.example.org");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).contains("2026-12-07"))
                .anySatisfy(text -> assertThat(text).contains("320 CSS pixels", "200 %", "3:1"));
    }

    @Test
    void theSignInPageHasItsOwnHeading() {
        navigate("login");
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Sign in");
    }

    @Test
    void aFailedSignInExplainsItself() {
        navigate("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("e-mail address or password");
    }

    @Test
    void choosingArabicTurnsThePageRightToLeft() {
        navigate("");
        localeSupport.choose(UI.getCurrent(), Language.ARABIC);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression() + " "
                        + invocation.getInvocation().getParameters()))
                .anyMatch(js -> js.contains("document.dir") && js.contains("rtl"));
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        String arabicName = context.getBean(Translations.class)
                .get("home.network.him.name", Language.ARABIC);
        assertThat(arabicName).isNotEqualTo("Health Inequality Monitoring Network").matches(".*\\p{IsArabic}.*");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains(arabicName);
        localeSupport.choose(UI.getCurrent(), Language.ENGLISH);
    }

    @Test
    void aVisitorsCookieAndThenTheBrowsersLanguageChooseThePageLanguage() {
        FakeRequest request = (FakeRequest)
                VaadinServletRequest.getCurrent().getRequest();
        request.setLocaleInt(Locale.of("es", "MX"));
        assertThat(localeSupport.current()).isEqualTo(Language.SPANISH);
        request.addCookie(new Cookie(LocaleSupport.COOKIE, "zh"));
        assertThat(localeSupport.current()).isEqualTo(Language.CHINESE);
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyPageWithAnIncidentNumberAndNoStackTrace() {
        RouteConfiguration.forSessionScope().setRoute("boom", FailingView.class);
        navigate("boom");
        assertThat(currentView()).isEqualTo(ErrorView.class);
        assertThat(_get(ErrorView.class).getElement().getTextRecursively()).contains("Something went wrong")
                .containsPattern("incident number: [0-9a-f]{8}")
                .doesNotContain("secret internal detail", "IllegalStateException", "at org.");
    }

    @Test
    void theLanguageChoiceOfASignedInPersonIsRemembered() {
        String email = uniqueEmail("remember");
        registerAndConfirm(email);
        login(email);
        navigate("dashboard");
        assertThat(_get(LanguageSwitcher.class).current()).isEqualTo(Language.ENGLISH);
        localeSupport.choose(UI.getCurrent(), Language.FRENCH);
        assertThat(((ExchangeUser) users.loadUserByUsername(email))
                .language()).isEqualTo(Language.FRENCH);
    }

    @Test
    void timesAreShownInTheViewersZoneWithTheZoneNamed() {
        Instant instant = Instant.parse("2026-03-01T13:00:00Z");
        String fiji = ViewerTime.format(instant,
                ZoneId.of("Pacific/Fiji"), Locale.ENGLISH);
        assertThat(fiji).contains("2026").contains("1:00").contains("Pacific/Fiji");
        String geneva = ViewerTime.format(instant,
                ZoneId.of("Europe/Zurich"), Locale.FRENCH);
        assertThat(geneva).contains("14:00").contains("Europe/Zurich");
    }

    /** A page that fails while opening, as a bug would. */
    @AnonymousAllowed
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    private void registerAndConfirm(String email) {
        var accounts = context.getBean(AccountService.class);
        accounts.register(new Registration("Zone Less", email, Language.ENGLISH));
        accounts.confirmEmail(Outbox.latestToken(
                context.getBean(JdbcTemplate.class), email), "a long walk to Geneva");
    }
}
