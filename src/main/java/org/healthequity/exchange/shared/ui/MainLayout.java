package org.healthequity.exchange.shared.ui;

import java.util.Optional;

import org.healthequity.exchange.shared.i18n.LocaleSupport;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every page: the portal's name, the navigation built from the views' {@code @Menu} annotations
 * (so this class never imports a feature), the language switcher and the user menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;
    private final NavigationMenu menu;

    public MainLayout(LocaleSupport localeSupport, AuthenticationContext authentication, NavigationMenu menu) {
        this.authentication = authentication;
        this.menu = menu;
        setPrimarySection(Section.NAVBAR);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");

        HorizontalLayout actions = new HorizontalLayout(new LanguageSwitcher(localeSupport), userArea());
        actions.addClassName("navbar-actions");
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(toggle, brand, actions);
        addToDrawer(navigation());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The browser tells its time zone once; times are shown in it unless the profile names another.
        if (ViewerTime.browserZone() == null) {
            attachEvent.getUI().getPage().getExtendedClientDetails().refresh(details -> { });
        }
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        for (NavigationMenu.Item entry : menu.items(getLocale(), key -> getTranslation(key))) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            icon(entry.icon()).ifPresent(item::setPrefixComponent);
            nav.addItem(item);
        }
        return nav;
    }

    private static Optional<Component> icon(@Nullable String icon) {
        if (icon == null || !icon.contains(":")) {
            return Optional.empty();
        }
        String[] parts = icon.split(":", 2);
        return Optional.of(new Icon(parts[0], parts[1]));
    }

    private Component userArea() {
        Optional<ExchangeUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            Anchor signIn = new Anchor("login", getTranslation("layout.sign-in"));
            Anchor register = new Anchor("register", getTranslation("layout.register"));
            register.addClassName("register-link");
            HorizontalLayout links = new HorizontalLayout(signIn, register);
            links.addClassName("visitor-links");
            return links;
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
        Avatar avatar = new Avatar(user.get().displayName());
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(user.get().displayName()));
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        who.setSpacing(false);
        who.addClassName("user-menu-label");
        SubMenu sub = menu.addItem(who).getSubMenu();
        sub.addItem(getTranslation("layout.my-account"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        sub.addItem(getTranslation("layout.sign-out"), e -> authentication.logout());
        return menu;
    }
}
