package org.healthequity.exchange.casestudy.ui;

import java.time.ZoneOffset;
import java.util.stream.Collectors;

import org.healthequity.exchange.casestudy.AuthorRef;
import org.healthequity.exchange.casestudy.CaseStudyPage;
import org.healthequity.exchange.casestudy.CitationFormat;
import org.healthequity.exchange.casestudy.Doi;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * "How to cite" on a published case study's page: the citation line to copy, its DOI as a link when the secretariat
 * gave it one, and the citation for reference managers (BibTeX, RIS, CSL-JSON), served outside Vaadin.
 */
class CitationSection extends Section {

    /**
     * @param address the case study's public address
     */
    CitationSection(CaseStudyPage page, String address) {
        addClassName("case-study-section");
        add(new H2(getTranslation("case-study.cite")));
        Paragraph citation = new Paragraph(citation(page, address));
        citation.addClassName("citation");
        add(citation);
        if (page.doi() != null) {
            Anchor doi = new Anchor(Doi.url(page.doi()), Doi.url(page.doi()), AnchorTarget.BLANK);
            doi.getElement().setAttribute("rel", "noopener");
            Paragraph line = new Paragraph(new Span(getTranslation("case-study.doi") + ": "), doi);
            line.addClassName("doi");
            add(line);
        }
        Paragraph downloads = new Paragraph(new Span(getTranslation("case-study.cite.download") + " "));
        downloads.addClassName("citation-downloads");
        for (CitationFormat format : CitationFormat.values()) {
            Anchor download = new Anchor(format.path(page.id()), getTranslation(format.messageKey()));
            // A file, not a view: the browser fetches it instead of Vaadin's router.
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", "");
            downloads.add(download, new Span(" "));
        }
        add(downloads);
    }

    /** "Authors (2024). Title. Health Equity Exchange, network. address" — plain text, for copying. */
    private String citation(CaseStudyPage page, String address) {
        String authors = page.authors().stream().map(AuthorRef::name).collect(Collectors.joining(", "));
        int year = page.firstPublishedAt() == null ? 0 : page.firstPublishedAt().atZone(ZoneOffset.UTC).getYear();
        return getTranslation("case-study.citation", authors, String.valueOf(year), page.content().title(),
                getTranslation(page.content().network().messageKey()), address);
    }
}
