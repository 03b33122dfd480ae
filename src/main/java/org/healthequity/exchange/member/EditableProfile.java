package org.healthequity.exchange.member;

import java.util.Map;

/**
 * The signed-in person's profile as loaded for editing, with the version a save must match, and, for each network
 * they belong to, whether that network's members may see their e-mail address to contact them.
 */
public record EditableProfile(ProfileForm form, long version, Map<Network, Boolean> contactable) {
}
