package org.healthequity.exchange.newsletter.ui;

import org.healthequity.exchange.newsletter.RenderedNewsletter;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A version as its recipients will read it: the subject, and the HTML the mail carries (the same rendering, already
 * sanitized), in the version's language and direction, with the outbox's footer for
 * newsletters.
 */
class PreviewDialog extends Dialog {

    PreviewDialog(RenderedNewsletter preview) {
        setHeaderTitle(getTranslation("newsletter.preview.title", preview.language().nativeName()));
        Div mail = new Div(new H2(preview.subject()), new Html("<div>" + preview.safeHtml() + "</div>"),
                new Paragraph(getTranslation("mail.list.footer")));
        mail.addClassName("newsletter-preview");
        mail.getElement().setAttribute("lang", preview.language().code());
        mail.getElement().setAttribute("dir", preview.language().rightToLeft() ? "rtl" : "ltr");
        add(mail);
        setMaxWidth("48em");
        getFooter().add(new Button(getTranslation("newsletter.preview.close"), e -> close()));
    }

    /** Shows the preview at once. */
    static void show(RenderedNewsletter preview) {
        new PreviewDialog(preview).open();
    }
}
