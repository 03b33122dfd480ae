package org.healthequity.exchange.member;

import java.time.Clock;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.SessionTermination;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's right to leave: deleting their own account. What others depend on stays attributed to a pseudonym; what
 * was the person's goes (the statements are {@link PersonalDataRows}', next to the export's registry).
 */
@Service
public class AccountDeletion {

    private final PersonalDataRows rows;
    private final DirectoryRows directory;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final MailOutbox mail;
    private final SessionTermination sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final PhotoStore photos;
    private final CurrentPassword passwordCheck;
    private final AdministratorGuard administrators;
    private final SearchChanges search;

    AccountDeletion(PersonalDataRows rows, DirectoryRows directory, AccountRepository accounts,
            PasswordEncoder passwordEncoder, MailOutbox mail, SessionTermination sessions, AuditLog audit, Clock clock,
            PhotoStore photos, CurrentPassword passwordCheck, AdministratorGuard administrators, SearchChanges search) {
        this.search = search;
        this.rows = rows;
        this.directory = directory;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.photos = photos;
        this.passwordCheck = passwordCheck;
        this.administrators = administrators;
    }

    /**
     * Deletes the signed-in person's account after checking their password: the profile, memberships (of networks and
     * working groups), tokens and queued mail go; the account row stays under a pseudonym so that what others depend
     * on stays attributed; every session ends.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(String currentPassword) {
        ExchangeUser me = CurrentUser.require();
        Account account = accounts.findByEmailWithRoles(me.getUsername()).orElseThrow();
        passwordCheck.require(account, currentPassword, "account.delete");
        if (administrators.holdsAdmin(account.id())) {
            administrators.keepAnActiveAdministrator(account.id(), "account.delete");
        }
        String email = account.email();
        String photo = directory.photoPath(account.id());
        rows.removePersonalRows(account.id(), email);
        photos.delete(photo);
        mail.cancelQueuedFor(email);
        account.anonymise(passwordEncoder.encode(AccountToken.newSecret()), clock.instant());
        accounts.save(account);
        // The pseudonym replaces the name wherever it is shown, a webinar's speakers included.
        search.renamed(account.id());
        sessions.endSessions(email, null);
        audit.recordAs("Former member " + account.id(), "account.delete", "account", account.id(),
                AuditOutcome.SUCCESS, null);
    }
}
