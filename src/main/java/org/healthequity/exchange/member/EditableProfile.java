package org.healthequity.exchange.member;

/** The signed-in person's profile as loaded for editing, with the version a save must match. */
public record EditableProfile(ProfileForm form, long version) {
}
