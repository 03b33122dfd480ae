package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * Keeps the keyboard's place on the page (WCAG 2.4.3): the skip link moves the focus to the page's heading, and when
 * the element that had the focus disappears or is hidden (a link that navigated, a button whose form was replaced by its result,
 * a dialog whose opener is gone) the focus goes to the new page's heading instead of falling back to the top of the
 * document; inside a grid, whose rows are drawn anew after an action in one of them, it goes back to the grid's
 * current cell. The heading gets {@code tabindex="-1"} only then, so it never becomes a stop of its own. The page
 * itself takes no tabindex: on a view whose root is a shadow host (a Vaadin layout), a negative tabindex would take
 * every control inside it out of the tab order.
 */
final class KeyboardFocus {

    private static final String SCRIPT = """
            if (!window.exchangeKeyboardFocus) {
              window.exchangeKeyboardFocus = true;
              const contentId = $0;
              const toHeading = () => {
                const page = document.getElementById(contentId);
                const heading = page && (page.querySelector('h1') || page.querySelector('h2'));
                if (!heading) {
                  return false;
                }
                if (!heading.hasAttribute('tabindex')) {
                  heading.setAttribute('tabindex', '-1');
                }
                heading.focus();
                return true;
              };
              document.addEventListener('click', event => {
                if (event.target.closest && event.target.closest('a.skip-link') && toHeading()) {
                  event.preventDefault();
                }
              });
              let last = null;
              let lastGrid = null;
              document.addEventListener('focusin', event => {
                const path = event.composedPath();
                last = path[0];
                lastGrid = path.find(n => n.tagName === 'VAADIN-GRID') || null;
              });
              const lost = () => !document.activeElement || document.activeElement === document.body;
              // A grid redraws its rows after an action in one of them: back to the grid's current cell, once the
              // rows are drawn again (on a busy machine that takes some frames); the heading only if they never are.
              const toCell = (grid, frames) => {
                const cell = grid.isConnected
                    && (grid.shadowRoot.querySelector('#items [part~="focused-cell"]')
                        || grid.shadowRoot.querySelector('#items [part~="cell"][tabindex="0"]'));
                if (cell) {
                  cell.focus();
                } else if (grid.isConnected && frames < 30) {
                  requestAnimationFrame(() => lost() && toCell(grid, frames + 1));
                } else {
                  toHeading();
                }
              };
              const whenLost = () => {
                if (last && (!last.isConnected || !last.checkVisibility()) && lost()) {
                  last = null;
                  if (lastGrid && lastGrid.isConnected) {
                    toCell(lastGrid, 0);
                  } else {
                    toHeading();
                  }
                }
              };
              // Checked after the page changes and after the focus leaves an element (a dialog closing gives it back to
              // its opener only at the end of its animation, and not at all when the opener is gone).
              new MutationObserver(() => setTimeout(whenLost)).observe(document.body, {childList: true, subtree: true});
              document.addEventListener('focusout', () => setTimeout(whenLost));
            }
            """;

    private KeyboardFocus() {
    }

    /** Installs the keeper in the browser's page, once per page load; {@code contentId} is the page's element id. */
    static void install(UI ui, String contentId) {
        ui.getPage().executeJs(SCRIPT, contentId);
    }
}
