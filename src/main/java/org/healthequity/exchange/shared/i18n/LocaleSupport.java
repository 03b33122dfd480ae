package org.healthequity.exchange.shared.i18n;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/**
 * Decides the language of each new page: the one chosen in this session, else the account's, else the visitor's
 * cookie, else the browser's first language the portal speaks, else English. An address with {@code ?lang=fr} chooses
 * French as the language switcher would. Arabic turns the page right to left. The page's locale is the language with
 * the browser's region ({@link Language#formattingLocale}), so dates and times follow the reader's conventions while
 * the texts stay in one of the six languages.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    public static final String COOKIE = "exchange-language";
    /** The query parameter that names a language in a shareable address ({@code /calls?lang=fr}). */
    public static final String PARAMETER = "lang";
    static final String SESSION_LANGUAGE = LocaleSupport.class.getName() + ".language";
    static final String SESSION_BROWSER_LOCALES = LocaleSupport.class.getName() + ".browser-locales";
    /** Longer than any language tag worth reading; anything longer is ignored unread. */
    private static final int MAX_PARAMETER_LENGTH = 35;

    private final ApplicationEventPublisher events;

    LocaleSupport(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            apply(ui, current());
            ui.addBeforeEnterListener(this::languageInAddress);
        });
    }

    /** {@code ?lang=ar} opens the page in Arabic and remembers the choice; values not among the six are ignored. */
    private void languageInAddress(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(PARAMETER, List.of());
        Optional<Language> asked = values.stream().filter(v -> v.length() <= MAX_PARAMETER_LENGTH).findFirst()
                .flatMap(Language::ofCode);
        UI ui = event.getUI();
        if (asked.isEmpty() || ui.getSession().getAttribute(SESSION_LANGUAGE) == asked.get()) {
            return;
        }
        boolean shown = !ui.getInternals().getActiveRouterTargetsChain().isEmpty();
        choose(ui, asked.get());
        if (shown) {
            // The layout around the page was written in the language before: the browser loads the address anew,
            // relative to the portal ("./"), so that a path starting with slashes cannot lead to another host.
            ui.getPage().setLocation("./" + event.getLocation().getPathWithQueryParameters());
        }
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
        ui.setLocale(language.formattingLocale(language.regionIn(browserLocales(ui.getSession())).orElse(null)));
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    /**
     * The browser's languages in its order of preference (its {@code Accept-Language} header), read once per session
     * and kept for the session's later requests.
     */
    static List<Locale> browserLocales(@Nullable VaadinSession session) {
        if (session != null && session.getAttribute(SESSION_BROWSER_LOCALES) instanceof BrowserLocales known) {
            return known.locales();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        List<Locale> preferred = request == null ? List.of() : List.copyOf(Collections.list(request.getLocales()));
        if (session != null && request != null) {
            session.setAttribute(SESSION_BROWSER_LOCALES, new BrowserLocales(preferred));
        }
        return preferred;
    }

    private record BrowserLocales(List<Locale> locales) implements Serializable {
    }
}
