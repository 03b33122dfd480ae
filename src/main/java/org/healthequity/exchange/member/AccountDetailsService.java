package org.healthequity.exchange.member;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account behind a sign-in; the e-mail address is the username. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final String unusableHash;

    AccountDetailsService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        // An account without a password (not yet confirmed) gets the hash of a secret that is thrown away at once,
        // so a sign-in attempt spends the same time as for any account and never matches.
        this.unusableHash = passwordEncoder.encode(AccountToken.newSecret());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmailWithRoles(AccountService.normalise(username))
                .map(account -> account.toUser(unusableHash))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
