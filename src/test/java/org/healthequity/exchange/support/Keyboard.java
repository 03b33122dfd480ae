package org.healthequity.exchange.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A person at the keyboard, for the browser tests: keys go to whatever has the focus (no clicks, no values set by
 * script), and after every key the focused element is read, following open shadow roots, with its accessible name
 * and whether its focus can be seen. Scripts only read the page.
 */
public final class Keyboard {

    /** Tab presses before {@link #tabTo} gives up: more than any page's controls before its main action. */
    private static final int MAX_TABS = 80;

    /**
     * The element with the focus, deepest first, described as a person would find it: its tag, its name (aria-label,
     * aria-labelledby, its label, else its text or that of what is slotted into it), whether a focus indicator is
     * drawn (an outline, a box-shadow on its pseudo-elements, an outline on the overlay of a dialog focused as a
     * whole, or Vaadin's focus-ring on it or its component),
     * and whether it is inside a dialog.
     */
    private static final String FOCUSED = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            if (!e || e === document.body || e === document.documentElement) {
              return {tag: 'body', name: '', visible: false, dialog: false};
            }
            const text = n => ((n.nodeType === 1 ? n.innerText || n.textContent : n.textContent) || '')
                .replace(/\\s+/g, ' ').trim();
            const names = [];
            if (e.getAttribute('aria-label')) { names.push(e.getAttribute('aria-label')); }
            const by = e.getAttribute('aria-labelledby');
            if (by) {
              for (const id of by.split(/\\s+/)) {
                const root = e.getRootNode();
                const label = (root.getElementById ? root.getElementById(id) : null) || document.getElementById(id);
                if (label) { names.push(text(label)); }
              }
            }
            if (!names.length && e.labels && e.labels.length) { for (const l of e.labels) { names.push(text(l)); } }
            if (!names.length) {
              let own = text(e);
              if (!own) {
                for (const slot of e.querySelectorAll('slot')) {
                  for (const n of slot.assignedNodes({flatten: true})) { own += ' ' + text(n); }
                }
              }
              names.push(own.trim().substring(0, 100));
            }
            const drawn = (n, pseudo) => {
              const s = getComputedStyle(n, pseudo);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                  || (!!pseudo && s.boxShadow && s.boxShadow !== 'none');
            };
            let visible = drawn(e) || drawn(e, '::before') || drawn(e, '::after');
            // A dialog focused as a whole draws its ring on its overlay part.
            const overlays = e.shadowRoot ? [e.shadowRoot, ...[...e.shadowRoot.children].map(c => c.shadowRoot)]
                .filter(Boolean).map(root => root.querySelector('[part~="overlay"]')).filter(Boolean) : [];
            visible = visible || overlays.some(o => drawn(o));
            let dialog = false;
            for (let n = e, i = 0; n; n = n.parentNode || n.host, i++) {
              if (n.nodeType !== 1) { continue; }
              if (i < 6 && n.hasAttribute('focus-ring')) { visible = true; }
              if (/^VAADIN-(CONFIRM-)?DIALOG/.test(n.tagName)) { dialog = true; }
            }
            return {tag: e.tagName.toLowerCase(), name: names.join(' ').replace(/\\s+/g, ' ').trim(),
                    visible: visible, dialog: dialog};
            """;

    /**
     * Whether Vaadin has finished talking to the server (no request under way) and no overlay is still opening or
     * closing (a key pressed meanwhile would go to the overlay's items).
     */
    private static final String SETTLED = "return document.readyState === 'complete' && !!window.Vaadin"
            + " && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
            + ".every(c => !c.isActive()) && document.getAnimations().every(a => a.playState !== 'running'"
            + " || !a.effect || a.effect.getTiming().iterations === Infinity)";

    /** How long a focus in transit (on the body) may take to land. */
    private static final Duration LANDING = Duration.ofSeconds(2);

    private final WebDriver browser;
    private final WebDriverWait wait;
    private int steps;

    public Keyboard(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    /** Keys pressed so far, each checked for a visible focus. */
    public int steps() {
        return steps;
    }

    /** What has the focus now. */
    public Focused focused() {
        Map<?, ?> found = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(FOCUSED);
        return new Focused(String.valueOf(found.get("tag")), String.valueOf(found.get("name")),
                Boolean.TRUE.equals(found.get("visible")), Boolean.TRUE.equals(found.get("dialog")));
    }

    /**
     * Presses Tab until the focus is on a control whose name contains {@code name} (ignoring case), each stop
     * showing its focus; fails with every control passed when it is not reached.
     */
    public Focused tabTo(String name) {
        return moveTo(name, Keys.TAB);
    }

    /** As {@link #tabTo}, backwards with Shift+Tab. */
    public Focused shiftTabTo(String name) {
        return moveTo(name, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private Focused moveTo(String name, CharSequence key) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            Focused now = pressUnchecked(key);
            assertThat(now.visible()).as("focus visible after %s on %s, looking for '%s' after %s", describe(key),
                    now, name, passed).isTrue();
            if (now.named(name)) {
                return now;
            }
            passed.add(now.toString());
        }
        return fail("'" + name + "' not reached in " + MAX_TABS + " presses; passed: " + passed);
    }

    /** Presses a key (or a chord) on whatever has the focus, waits for the server, and checks the focus is seen. */
    public Focused press(CharSequence key) {
        Focused now = pressUnchecked(key);
        assertThat(now.visible()).as("focus visible after %s on %s", describe(key), now).isTrue();
        return now;
    }

    private Focused pressUnchecked(CharSequence key) {
        send(key);
        settle();
        steps++;
        return landed();
    }

    /**
     * Where the focus lands: a grid that redraws its rows after an action in one gives the focus back to its cell once
     * the rows are drawn, some frames after the server answered; until then the focus is on the page's body, which no
     * step accepts, so a focus still there after {@link #LANDING} is what the step checks.
     */
    private Focused landed() {
        try {
            new WebDriverWait(browser, LANDING).until(driver -> !"body".equals(focused().tag()));
        } catch (TimeoutException stillOnBody) {
            // checked by the step
        }
        return focused();
    }

    /**
     * Presses a key that loads a new document (a form posted to the server, as the sign-in form is): the new page
     * starts with the focus at its top, so it is counted but not checked.
     */
    public void pressToLeave(CharSequence key) {
        send(key);
        steps++;
    }

    /** Types text into what has the focus, as keystrokes. */
    public void type(String text) {
        new Actions(browser).sendKeys(text).perform();
        settle();
        steps++;
    }

    /** Sends a key, or a chord made with {@link Keys#chord}: its modifiers are held down while the last key goes. */
    private void send(CharSequence key) {
        Actions actions = new Actions(browser);
        List<Keys> held = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        for (char c : key.toString().toCharArray()) {
            Keys named = Keys.getKeyFromUnicode(c);
            if (named == Keys.SHIFT || named == Keys.CONTROL || named == Keys.ALT) {
                held.add(named);
            } else if (named != Keys.NULL) {
                rest.append(c);
            }
        }
        held.forEach(actions::keyDown);
        actions.sendKeys(rest);
        held.reversed().forEach(actions::keyUp);
        actions.perform();
    }

    /** Waits until Vaadin has no request under way and no overlay moves. */
    public void settle() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(SETTLED)));
    }

    private static String describe(CharSequence key) {
        String k = key.toString();
        for (Keys named : Keys.values()) {
            k = k.replace(named.toString(), named.name());
        }
        return k;
    }

    /** The focused element as found by {@link #focused()}. */
    public record Focused(String tag, String name, boolean visible, boolean inDialog) {

        public boolean named(String wanted) {
            return name.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return tag + " \"" + name + "\"" + (visible ? "" : " (focus not visible)") + (inDialog ? " [dialog]" : "");
        }
    }
}
