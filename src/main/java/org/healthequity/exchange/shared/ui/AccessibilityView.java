package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement in the EN 301 549 / EU model form: the standard, the conformance status, the known
 * exceptions, how to report a barrier, and how and when the portal was last checked. The contact and the date of the
 * last review come from {@link AccessibilitySettings}.
 */
@Route("accessibility")
@AnonymousAllowed
@TitleKey("accessibility.title")
public class AccessibilityView extends Main implements TitledPage {

    AccessibilityView(AccessibilitySettings settings) {
        String contact = settings.contact();
        addClassName("statement-view");
        add(new H1(getTranslation("accessibility.title")), new Paragraph(getTranslation("accessibility.intro")));
        section("accessibility.status.heading", new Paragraph(getTranslation("accessibility.status.text")));
        UnorderedList exceptions = new UnorderedList();
        for (String key : new String[] {"accessibility.exception.reflow", "accessibility.exception.content"}) {
            exceptions.add(new ListItem(getTranslation(key)));
        }
        section("accessibility.exceptions.heading", exceptions);
        String address = contact.startsWith("mailto:") ? contact.substring("mailto:".length()) : contact;
        Paragraph report = new Paragraph(getTranslation("accessibility.report.text") + " ");
        report.add(new Anchor("mailto:" + address, address));
        section("accessibility.report.heading", report,
                new Paragraph(getTranslation("accessibility.report.enforcement")));
        section("accessibility.checked.heading", new Paragraph(getTranslation("accessibility.checked.text",
                settings.reviewed())), new Paragraph(getTranslation("accessibility.checked.keyboard")),
                new Paragraph(getTranslation("accessibility.checked.reflow")));
    }

    private void section(String headingKey, com.vaadin.flow.component.Component... content) {
        add(new H2(getTranslation(headingKey)));
        add(content);
    }
}
