package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.casestudy.Attachment;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.CaseStudyTemplate;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.FileDownload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;

/** The parts of a case study's text shared by its page and its versions: sections, links and attachments. */
final class CaseStudyText {

    private CaseStudyText() {
    }

    /** The long texts as sanitized HTML, each under its heading; empty sections are left out. */
    static List<Component> sections(Component owner, CaseStudyForm content) {
        return CaseStudyTemplate.SECTIONS.stream().filter(s -> !content.section(s.key()).isBlank())
                .<Component>map(s -> {
                    Section section = new Section(new H2(owner.getTranslation(s.messageKey())),
                            ContentLanguage.of(richText(content.section(s.key())), content.language().code()));
                    section.addClassName("case-study-section");
                    return section;
                }).toList();
    }

    static Div richText(String markdown) {
        Div text = new Div();
        text.addClassName("rich-text");
        text.getElement().setProperty("innerHTML", RichText.toSafeHtml(markdown));
        return text;
    }

    static String fieldKey(String field) {
        return "case-study.field." + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** The case study's links: only web addresses, opened in a new tab without access to this page. */
    static UnorderedList links(CaseStudyForm content) {
        UnorderedList list = new UnorderedList();
        for (String link : content.linkList()) {
            if (link.startsWith("https://") || link.startsWith("http://")) {
                Anchor anchor = new Anchor(link, link, AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", RichText.LINK_REL);
                list.add(new ListItem(anchor));
            }
        }
        return list;
    }

    static UnorderedList attachments(Component owner, long caseStudyId, List<Attachment> attachments,
            CaseStudyLibrary library) {
        UnorderedList list = new UnorderedList();
        list.addClassName("attachments");
        for (Attachment attachment : attachments) {
            DownloadHandler download = FileDownload.of(() -> library.attachment(caseStudyId, attachment.id())
                    .map(file -> new FileDownload.Content(file.fileName(), file.mediaType(), file.content())));
            Anchor anchor = new Anchor(download, AttachmentType.DOWNLOAD, attachment.fileName());
            list.add(new ListItem(anchor, new Span(" " + owner.getTranslation(
                    "case-study.attachment.size", Math.max(1, attachment.sizeBytes() / 1024)))));
        }
        return list;
    }
}
