package org.healthequity.exchange.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The navigation menu, worked out once per set of roles and language. Vaadin's
 * {@link MenuConfiguration#getMenuEntries()} checks every route's access for every new UI, each check looking services
 * up through Vaadin's {@code Lookup}; a first profile put a quarter of the CPU of a first view there. What a person may
 * open depends only on whether they are signed in and on their authorities (the views' access annotations), so the
 * answer for one such set holds for everyone who has it. The routes are fixed once the application runs.
 */
@Component
class NavigationMenu {

    /** One menu entry as the layout shows it: the translated title, the address and the icon ("vaadin:home"). */
    record Item(String title, String path, @Nullable String icon) {

        /** The address relative to the page's base (menu paths start with "/"), so a context path keeps working. */
        String href() {
            return path.startsWith("/") ? path.substring(1) : path;
        }

        /**
         * The link as plain HTML. The icon is left out: a {@code <vaadin-icon>} in markup is never upgraded, since
         * Vaadin loads a component's client code only when a component instance is attached.
         */
        Element link(boolean current) {
            Element link = new Element("a").setAttribute("href", href());
            if (current) {
                link.setAttribute("aria-current", "page");
            }
            return link.appendChild(new Element("span").setText(title));
        }
    }

    /** What decides the menu: signed in or not, the authorities, the language of the titles. */
    record Key(boolean signedIn, Set<String> authorities, Language language) {
    }

    /** The menu's links as markup for one set of roles and language, with the link of the page shown marked. */
    record Links(Key key, @Nullable String current) {
    }

    private final Map<Key, List<Item>> menus = new ConcurrentHashMap<>();
    private final Map<Links, String> markup = new ConcurrentHashMap<>();

    /**
     * The current viewer's menu as {@code <li><a href>} markup, the link to {@code currentPath} (if the menu has one)
     * marked {@code aria-current="page"}; built once per set of roles, language and menu page, then kept.
     */
    String markup(Locale locale, Function<String, String> translation, String currentPath) {
        Key key = key(SecurityContextHolder.getContext().getAuthentication(), locale);
        List<Item> items = menus.computeIfAbsent(key, k -> uncached(translation));
        String current = items.stream().map(Item::href).filter(currentPath::equals).findFirst().orElse(null);
        return markup.computeIfAbsent(new Links(key, current), links -> FrameMarkup.of(items.stream()
                .map(item -> FrameMarkup.item(item.link(item.href().equals(links.current())))).toList()));
    }

    /** The current viewer's menu, computed on the first request of its set of roles and language. */
    List<Item> items(Locale locale, Function<String, String> translation) {
        return menus.computeIfAbsent(key(SecurityContextHolder.getContext().getAuthentication(), locale),
                k -> uncached(translation));
    }

    /** The menu as Vaadin computes it for the current viewer, checking every route. */
    static List<Item> uncached(Function<String, String> translation) {
        return MenuConfiguration.getMenuEntries().stream().map(entry -> item(entry, translation)).toList();
    }

    private static Item item(MenuEntry entry, Function<String, String> translation) {
        return new Item(translation.apply(entry.title()), entry.path(), entry.icon());
    }

    static Key key(@Nullable Authentication authentication, Locale locale) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Set<String> authorities = signedIn
                ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet())
                : Set.of();
        return new Key(signedIn, authorities, Language.of(locale));
    }
}
