package org.healthequity.exchange.member;

/** Length limits shared by the entity, the forms and the migration. */
public final class AccountLimits {

    public static final int EMAIL_MAX = Account.EMAIL_MAX;
    public static final int NAME_MAX = Account.NAME_MAX;

    private AccountLimits() {
    }
}
