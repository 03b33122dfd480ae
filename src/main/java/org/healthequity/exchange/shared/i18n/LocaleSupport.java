package org.healthequity.exchange.shared.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/**
 * Decides the language of each new page: the one chosen in this session, else the account's, else the visitor's
 * cookie, else the browser's first language the portal speaks, else English. Arabic turns the page right to left.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    public static final String COOKIE = "exchange-language";
    static final String SESSION_LANGUAGE = LocaleSupport.class.getName() + ".language";

    private final ApplicationEventPublisher events;

    LocaleSupport(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), current()));
    }

    /** The language for the current request and person. */
    public Language current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_LANGUAGE) instanceof Language chosen) {
            return chosen;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ExchangeUser user
                && user.language() != null) {
            return user.language();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            Optional<Language> fromCookie = Optional.ofNullable(request.getCookies())
                    .map(Arrays::stream).orElseGet(Stream::empty)
                    .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                    .map(Language::ofCode).flatMap(Optional::stream).findFirst();
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
            return Language.bestMatch(Collections.list(request.getLocales())).orElse(Language.ENGLISH);
        }
        return Language.ENGLISH;
    }

    /** Switches this person's language: remembered for the session, in a cookie and, when signed in, the account. */
    public void choose(UI ui, Language language) {
        VaadinSession session = ui.getSession();
        session.setAttribute(SESSION_LANGUAGE, language);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ExchangeUser user) {
            events.publishEvent(new LanguageChosen(user.getUsername(), language));
        }
        apply(ui, language);
    }

    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }
}
