package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/** Length limits shared by the entity, the forms and the migration. */
@NamedInterface("api")
public final class AccountLimits {

    public static final int EMAIL_MAX = Account.EMAIL_MAX;
    public static final int NAME_MAX = Account.NAME_MAX;

    private AccountLimits() {
    }
}
