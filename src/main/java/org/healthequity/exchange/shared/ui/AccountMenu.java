package org.healthequity.exchange.shared.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.security.ExchangeUser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The signed-in person's menu in the header: a native disclosure showing their initials and name, opening a link to
 * their account and a sign-out button.
 */
class AccountMenu extends Disclosure {

    AccountMenu(ExchangeUser user, AuthenticationContext authentication) {
        super("user-menu");
        setLabel(getTranslation("layout.user-menu"));
        summary().appendChild(
                new Element("span").setAttribute("class", "avatar").setAttribute("aria-hidden", "true")
                        .setText(initials(user.displayName())),
                new Element("span").setAttribute("class", "user-name").setText(user.displayName()));
        NativeButton signOut = new NativeButton(getTranslation("layout.sign-out"), event -> authentication.logout());
        signOut.getElement().setAttribute("type", "button");
        add(new Anchor("account", getTranslation("layout.my-account")), signOut);
    }

    /** The first letters of the first two words of a name, as an avatar shows them. */
    static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).limit(2)
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
