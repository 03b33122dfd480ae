package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.dom.Element;

/**
 * Markup for the frame built from elements, so every text and attribute is escaped by the serializer and no view
 * concatenates HTML. Used once per menu, language or role set, and the result is kept.
 */
final class FrameMarkup {

    private FrameMarkup() {
    }

    /** The markup of the given elements, one after the other. */
    static String of(Iterable<Element> elements) {
        StringBuilder markup = new StringBuilder();
        for (Element element : elements) {
            markup.append(element.getOuterHTML().replace("\n", "").replaceAll(">\\s+<", "><"));
        }
        return markup.toString();
    }

    /** A list item holding one element. */
    static Element item(Element content) {
        return new Element("li").appendChild(content);
    }

    /** A plain button that reports {@code value} to {@link Disclosure#onButton}. */
    static Element button(String value, String text) {
        return new Element("button").setAttribute("type", "button").setAttribute("value", value).setText(text);
    }
}
