package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/**
 * A person goes by another name: they renamed themselves, or their account was deleted and now goes by a pseudonym.
 * Modules that keep the name elsewhere (a webinar's speakers in search) read it again.
 */
@NamedInterface("api")
public record MemberRenamed(long accountId) {
}
