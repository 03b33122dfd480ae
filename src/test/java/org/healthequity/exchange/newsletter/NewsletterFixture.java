package org.healthequity.exchange.newsletter;

import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Newsletters as the tests make them: written and sent by the secretariat through {@link Newsletters}, delivered by
 * the application's own job, unsubscribed by the links the job signs. The caller's sign-in is as it was afterwards.
 */
@TestComponent
public class NewsletterFixture {

    private final Newsletters newsletters;
    private final NewsletterDispatch dispatch;
    private final UnsubscribeTokens tokens;
    private final UserDetailsService users;

    NewsletterFixture(Newsletters newsletters, NewsletterDispatch dispatch, UnsubscribeTokens tokens,
            UserDetailsService users) {
        this.newsletters = newsletters;
        this.dispatch = dispatch;
        this.tokens = tokens;
        this.users = users;
    }

    /** The audience of the members of these networks in these countries. */
    public static AudienceFilter inCountries(Set<Network> networks, Set<String> countries) {
        return new AudienceFilter(networks, Set.of(), Set.of(), countries, Set.of(), Set.of());
    }

    /** An English and French newsletter for the audience, sent now by the secretariat; returns its id. */
    public long sentNow(String englishSubject, AudienceFilter audience) {
        return asSecretariat(() -> {
            EditableNewsletter draft = newsletters.create(new NewsletterForm(List.of(
                    new NewsletterText(Language.ENGLISH, englishSubject, "Hello **members**."),
                    new NewsletterText(Language.FRENCH, "FR " + englishSubject, "Bonjour **membres**.")), audience));
            return newsletters.sendNow(draft.id(), draft.version()).id();
        });
    }

    /** An English newsletter for the audience, written by the secretariat and left as a draft. */
    public EditableNewsletter draft(String englishSubject, AudienceFilter audience) {
        return asSecretariat(() -> newsletters.create(new NewsletterForm(List.of(
                new NewsletterText(Language.ENGLISH, englishSubject, "Draft **text**.")), audience)));
    }

    /** Runs the sending job once, as the schedule would; returns how many mails it queued. */
    public int dispatch() {
        return dispatch.dispatch();
    }

    /** The token of the unsubscribe link the job puts into the person's newsletters of that network. */
    public String token(long accountId, Network network) {
        return tokens.token(accountId, network);
    }

    private <T> T asSecretariat(java.util.function.Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            Accounts.signIn(users, People.SECRETARIAT);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
