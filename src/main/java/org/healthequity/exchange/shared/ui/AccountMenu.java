package org.healthequity.exchange.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The signed-in person's menu in the header: a native disclosure showing their initials and name, opening a link to
 * their account and a sign-out button.
 */
class AccountMenu extends Disclosure {

    private static final String SIGN_OUT = "sign-out";

    /** The panel's markup per language; the same for everyone signed in. */
    private static final Map<Language, String> ENTRIES = new ConcurrentHashMap<>();

    AccountMenu(ExchangeUser user, AuthenticationContext authentication) {
        super("user-menu");
        setLabel(getTranslation("layout.user-menu"));
        summary().appendChild(
                new Element("span").setAttribute("class", "avatar").setAttribute("aria-hidden", "true")
                        .setText(initials(user.displayName())),
                new Element("span").setAttribute("class", "user-name").setText(user.displayName()));
        setEntries(ENTRIES.computeIfAbsent(Language.of(getLocale()), language -> FrameMarkup.of(List.of(
                FrameMarkup.item(new Element("a").setAttribute("href", "account")
                        .setText(getTranslation("layout.my-account"))),
                FrameMarkup.item(FrameMarkup.button(SIGN_OUT, getTranslation("layout.sign-out")))))));
        onButton(value -> {
            if (SIGN_OUT.equals(value)) {
                authentication.logout();
            }
        });
    }

    /** The first letters of the first two words of a name, as an avatar shows them. */
    static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).limit(2)
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
