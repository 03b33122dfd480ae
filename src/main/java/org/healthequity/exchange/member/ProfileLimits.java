package org.healthequity.exchange.member;

/** Length limits shared by the entity, the form and the migration. */
public final class ProfileLimits {

    public static final int TITLE_MAX = Profile.TITLE_MAX;
    public static final int BIOGRAPHY_MAX = Profile.BIOGRAPHY_MAX;

    private ProfileLimits() {
    }
}
