package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * One tab stop for a set of items (a roving tabindex, WAI-ARIA Authoring Practices): the items are rendered with
 * {@code tabindex="0"} on one and {@code -1} on the others, and the arrow keys, Home and End move the focus and that
 * {@code 0} between them. Used by the Member State map, whose countries would otherwise be some 165 tab stops
 * (ADR 0029). The listener sits on the host, so it keeps working when the host's content is replaced.
 */
public final class RovingFocus {

    private static final String SCRIPT = """
            const host = this;
            if (!host.__rovingFocus) {
              host.__rovingFocus = true;
              host.addEventListener('keydown', event => {
                const items = Array.from(host.querySelectorAll($0));
                const at = items.indexOf(event.target);
                const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
                if (at < 0 || (step === undefined && event.key !== 'Home' && event.key !== 'End')) {
                  return;
                }
                event.preventDefault();
                const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1
                    : (at + step + items.length) % items.length;
                items.forEach(item => item.setAttribute('tabindex', '-1'));
                items[next].setAttribute('tabindex', '0');
                items[next].focus();
              });
            }
            """;

    private RovingFocus() {
    }

    /** Lets the arrow keys move between the host's items matching the CSS selector. */
    public static void between(Component host, String selector) {
        host.getElement().executeJs(SCRIPT, selector);
    }
}
