package org.healthequity.exchange.casestudy;

/**
 * The citation formats a published case study is exported in, each at {@code /case-studies/{id}/cite.<extension>}.
 */
public enum CitationFormat {
    BIBTEX("bib", "application/x-bibtex"),
    RIS("ris", "application/x-research-info-systems"),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json");

    private final String extension;
    private final String mediaType;

    CitationFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The address of a case study's citation in this format, relative to the portal's root. */
    public String path(long caseStudyId) {
        return "case-studies/" + caseStudyId + "/cite." + extension;
    }

    public String messageKey() {
        return "case-study.cite." + extension;
    }
}
