package org.healthequity.exchange.casestudy;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Citations of published case studies for reference managers. Only a case study the public may read is cited, whoever
 * asks: a draft, a submission, a rejected or a retracted case study is unknown here, even to its authors.
 */
@Service
public class CaseStudyCitations {

    /** A citation ready to download. */
    public record Citation(String fileName, String mediaType, String body) {
    }

    private final PublishedCaseStudies published;

    CaseStudyCitations(PublishedCaseStudies published) {
        this.published = published;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Citation> cite(long caseStudyId, CitationFormat format) {
        return published.one(caseStudyId).map(c -> new Citation(CitationFormats.key(c) + "." + format.extension(),
                format.mediaType(), CitationFormats.write(format, c)));
    }
}
