package org.healthequity.exchange.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A native {@code <details>} disclosure for the frame: the summary opens and closes a panel in the browser alone
 * (keyboard included: Enter or Space on the summary), with no web component and no server round trip. The panel sits
 * under the summary, aligned to its inline end, so it mirrors for right-to-left languages.
 *
 * <p>The panel's entries are one piece of markup (built from escaped elements, see {@link FrameMarkup}) rather than
 * a state node per element, and one click listener answers every button in it by the button's {@code value}: the
 * frame is on every first view, and each element Vaadin tracks costs about fifty bytes on the wire.
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

    /** The panel's list items, as markup. */
    void setEntries(String markup) {
        panel.setProperty("innerHTML", markup);
    }

    /** The panel's list items as markup (what the browser shows when the disclosure is open). */
    String entries() {
        return panel.getProperty("innerHTML", "");
    }

    /** Called with the {@code value} of the button a person presses in the panel. */
    void onButton(Consumer<String> action) {
        panel.addEventListener("click", event -> action.accept(event.getEventData().path(VALUE).asString("")))
                .setFilter(BUTTON).addEventData(VALUE);
    }

    private static final String VALUE = "event.target.value";
    private static final String BUTTON = "event.target.localName==='button'";
}
