package org.healthequity.exchange.member;

/**
 * The signed-in person's profile as loaded for editing, with the version a save must match, and whether network
 * members may see their e-mail address to contact them.
 */
public record EditableProfile(ProfileForm form, long version, boolean contactable) {
}
