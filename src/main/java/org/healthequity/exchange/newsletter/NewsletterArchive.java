package org.healthequity.exchange.newsletter;

import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sent newsletters for the members they were for: a member reads those sent to one of their networks, the staff every
 * one; each in the reader's language where that version exists, else in English. Nothing here names a recipient.
 */
@Service
public class NewsletterArchive {

    private final NewsletterRows rows;
    private final NewsletterRepository newsletters;
    private final NewsletterRendering rendering;
    private final MemberContacts contacts;

    NewsletterArchive(NewsletterRows rows, NewsletterRepository newsletters, NewsletterRendering rendering,
            MemberContacts contacts) {
        this.rows = rows;
        this.newsletters = newsletters;
        this.rendering = rendering;
        this.contacts = contacts;
    }

    /** One page of the archive, newest first, in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArchivedNewsletter> page(Language language, int offset, int limit) {
        return rows.archive(viewer(language), offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return rows.archiveSize(viewer(Language.ENGLISH));
    }

    /** A sent newsletter the reader may read, in their language where written; empty for any other (as unknown). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<NewsletterPage> newsletter(long id, Language language) {
        if (!rows.visible(id, viewer(language))) {
            return Optional.empty();
        }
        return newsletters.findById(id).filter(n -> n.status() == NewsletterStatus.SENT && n.sentAt() != null)
                .map(n -> {
                    List<NewsletterText> texts = n.texts();
                    NewsletterText shown = texts.stream().filter(t -> t.language() == language).findFirst()
                            .orElseGet(() -> texts.stream().filter(t -> t.language() == Language.ENGLISH)
                                    .findFirst().orElseThrow());
                    return new NewsletterPage(n.id(), rendering.forArchive(shown), n.sentAt(),
                            texts.stream().map(NewsletterText::language).toList());
                });
    }

    private NewsletterRows.Viewer viewer(Language language) {
        boolean staff = CurrentUser.require().isStaff();
        return new NewsletterRows.Viewer(staff, staff ? List.of() : contacts.myNetworks(), language);
    }
}
