package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A native {@code <details>} disclosure for the frame: the summary opens and closes a panel in the browser alone
 * (keyboard included: Enter or Space on the summary), with no web component and no server round trip. The panel sits
 * under the summary, aligned to its inline end, so it mirrors for right-to-left languages.
 */
@Tag("details")
class Disclosure extends Component implements HasStyle {

    private final Element summary = new Element("summary");
    private final Element panel = new Element("ul");

    Disclosure(String className) {
        addClassNames("disclosure", className);
        panel.setAttribute("class", "disclosure-panel");
        getElement().appendChild(summary, panel);
    }

    /** Names the disclosure for screen readers and as the summary's tooltip. */
    void setLabel(String label) {
        getElement().setAttribute("aria-label", label);
        summary.setAttribute("title", label);
    }

    /** What the closed disclosure shows. */
    Element summary() {
        return summary;
    }

    /** Adds an entry to the panel, each in a list item of its own. */
    void add(Component... entries) {
        for (Component entry : entries) {
            panel.appendChild(new Element("li").appendChild(entry.getElement()));
        }
    }
}
