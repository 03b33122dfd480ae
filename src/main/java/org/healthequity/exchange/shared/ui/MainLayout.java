package org.healthequity.exchange.shared.ui;

import java.util.Optional;

import org.healthequity.exchange.shared.i18n.LocaleSupport;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every page: the portal's name, the navigation built from the views' {@code @Menu} annotations
 * (so this class never imports a feature), the language switcher and the user menu. The frame is on every first view,
 * so it is plain HTML: the navigation a {@code <nav><ul><li><a href>} tree, the language switcher and the user menu
 * native disclosures; no menu web components, their items and state on the wire and in the session. The lists are
 * kept markup (built from escaped elements) rather than a state node per element.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final NavigationMenu menu;
    private final Nav navigation = new Nav();
    private final Element links = new Element("ul");
    private final Footer footer = new Footer();
    private static final String CONTENT_ID = "main-content";

    public MainLayout(LocaleSupport localeSupport, AuthenticationContext authentication, NavigationMenu menu) {
        this.menu = menu;
        setPrimarySection(Section.NAVBAR);
        ComponentTexts.of(this);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");

        Div actions = new Div(new LanguageSwitcher(localeSupport), userArea(authentication));
        actions.addClassName("navbar-actions");
        // The first stop of the keyboard: past the frame to the page's heading (WCAG 2.4.1, see KeyboardFocus).
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("layout.skip-to-content"));
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        addToNavbar(skip, toggle, brand, actions);
        navigation.addClassName("main-nav");
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        navigation.getElement().appendChild(links);
        addToDrawer(navigation);
        footer.add(new Anchor("accessibility", getTranslation("layout.accessibility")));
        footer.addClassName("site-footer");
    }

    /** The page itself, whose heading the skip link focuses, then the footer below it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        content.getElement().setAttribute("id", CONTENT_ID);
        super.showRouterLayoutContent(content);
        getElement().appendChild(footer.getElement());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        KeyboardFocus.install(attachEvent.getUI(), CONTENT_ID);
        // The browser tells its time zone once; times are shown in it unless the profile names another.
        if (ViewerTime.browserZone() == null) {
            attachEvent.getUI().getPage().getExtendedClientDetails().refresh(details -> { });
        }
    }

    /**
     * Shows the menu's links with the page shown marked (for screen readers and the highlight): one piece of kept
     * markup per set of roles, language and page, so a first view carries one property instead of a node per element.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        links.setProperty("innerHTML",
                menu.markup(getLocale(), key -> getTranslation(key), event.getLocation().getPath()));
    }

    private Component userArea(AuthenticationContext authentication) {
        Optional<ExchangeUser> user = CurrentUser.get();
        if (user.isPresent()) {
            return new AccountMenu(user.get(), authentication);
        }
        Anchor signIn = new Anchor("login", getTranslation("layout.sign-in"));
        Anchor register = new Anchor("register", getTranslation("layout.register"));
        register.addClassName("register-link");
        Div visitor = new Div(signIn, register);
        visitor.addClassName("visitor-links");
        return visitor;
    }
}
