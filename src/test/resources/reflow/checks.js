// Checks run in the page by ReflowAndContrastBrowserIT: each returns the problems it finds as sentences.
window.reflowChecks = (() => {
    const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + [...e.classList].map(c => '.' + c).join('')
        + ' "' + (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
    const shown = e => {
        const r = e.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden';
    };
    const cut = e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible';
    const layout = () => document.querySelector('vaadin-app-layout');
    // What the person sees of the page: the part of the layout that scrolls the content, without its scroll bar.
    const area = () => {
        const content = layout().shadowRoot.querySelector('[part~=content]');
        const r = content.getBoundingClientRect();
        const width = Math.min(content.clientWidth, document.documentElement.clientWidth);
        return getComputedStyle(content).direction === 'rtl'
            ? {content, left: r.right - width, right: r.right} : {content, left: r.left, right: r.left + width};
    };
    const outside = (e, box) => {
        const r = e.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
    };
    // Grids scroll their columns inside themselves and tables are two-dimensional by nature (WCAG 1.4.10's
    // exception); vaadin-tabs scrolls its row of tabs inside itself, with buttons, so every tab stays reachable.
    const excepted = e => !!e.parentElement.closest('vaadin-grid, table, vaadin-tabs');

    /** The page and its main content do not scroll sideways; the header's parts are in sight, whole, apart. */
    function page() {
        const problems = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth + 1) {
            problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
        }
        const box = area();
        if (box.content.scrollWidth > box.content.clientWidth + 1) {
            problems.push('the content scrolls sideways: ' + box.content.scrollWidth + ' > ' + box.content.clientWidth);
        }
        const main = document.getElementById('main-content');
        if (main) {
            const wide = [...main.querySelectorAll('*')].filter(e => !excepted(e) && shown(e) && outside(e, box))
                .filter(e => e.parentElement === main || !outside(e.parentElement, box));
            wide.slice(0, 5).forEach(e => problems.push('past the edge: ' + describe(e)));
        }
        const header = [...layout().querySelectorAll(':scope > [slot=navbar]:not(.skip-link)')]
            .flatMap(e => e.classList.contains('navbar-actions')
                ? [...e.querySelectorAll(':scope > * > summary, :scope > .visitor-links > a')] : [e])
            .filter(shown);
        const window = {left: 0, right: doc.clientWidth};
        header.filter(e => outside(e, window)).forEach(e => problems.push('header part out of sight: ' + describe(e)));
        header.filter(e => cut(e) || [...e.querySelectorAll('*')].some(cut))
            .forEach(e => problems.push('header text cut: ' + describe(e)));
        header.forEach((a, i) => header.slice(i + 1).forEach(b => {
            const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
            if (r.left < s.right - 1 && s.left < r.right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1) {
                problems.push('header parts overlap: ' + describe(a) + ' and ' + describe(b));
            }
        }));
        const toggle = layout().querySelector('vaadin-drawer-toggle');
        const t = toggle.getBoundingClientRect();
        const top = document.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2);
        if (!shown(toggle) || outside(toggle, window) || !top || !(toggle === top || toggle.contains(top))) {
            problems.push('the menu button is not reachable: ' + (top ? describe(top) : 'nothing') + ' on top');
        }
        return problems;
    }

    /** The open drawer: every link in sight and its text not cut. */
    function menu() {
        const links = [...document.querySelectorAll('.main-nav a')];
        const problems = links.length === 0 ? ['the menu has no links'] : [];
        const window = {left: 0, right: document.documentElement.clientWidth};
        links.filter(e => !shown(e) || outside(e, window))
            .forEach(e => problems.push('link out of sight: ' + describe(e)));
        links.filter(e => e.scrollWidth > e.clientWidth + 1).forEach(e => problems.push('link cut: ' + describe(e)));
        return problems;
    }

    // Colours as the browser resolved them, blended over what lies beneath, and their contrast ratio (WCAG 2.x).
    // Any colour the browser writes (rgb(), color(srgb …), lab() …) as [r, g, b, alpha], through a canvas pixel.
    const pixel = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
    const rgba = text => {
        const found = /(rgba?|color|lab|lch|oklab|oklch|hsla?)\([^)]*\)|#[0-9a-fA-F]{3,8}/.exec(text || '');
        if (!found) {
            return null;
        }
        pixel.clearRect(0, 0, 1, 1);
        pixel.fillStyle = 'rgba(0, 0, 0, 0)';
        pixel.fillStyle = found[0];
        pixel.fillRect(0, 0, 1, 1);
        const d = pixel.getImageData(0, 0, 1, 1).data;
        return [d[0], d[1], d[2], d[3] / 255];
    };
    const over = (top, below) => top.slice(0, 3).map((c, i) => top[3] * c + (1 - top[3]) * below[i]).concat(1);
    const luminance = c => c.slice(0, 3).map(v => v / 255)
        .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
    };
    /** A colour written in CSS (custom properties, light-dark()) as the browser resolves it inside `host`. */
    const resolve = (host, value) => {
        const probe = document.createElement('span');
        probe.style.color = value;
        host.appendChild(probe);
        const colour = rgba(getComputedStyle(probe).color);
        probe.remove();
        return colour;
    };
    const shadowColour = e => rgba(getComputedStyle(e).boxShadow);

    /**
     * Non-text contrast (WCAG 1.4.11) of the fields on the page: each field's edge against the page and against the
     * field's own tint, each checkbox's edge, and the focus ring, at least 3:1.
     */
    function contrast() {
        const problems = [];
        const page = [255, 255, 255, 1];
        const fields = [...document.querySelectorAll('vaadin-text-field, vaadin-email-field, vaadin-password-field,'
            + ' vaadin-select, vaadin-combo-box, vaadin-text-area')].filter(shown);
        if (fields.length === 0) {
            problems.push('no fields to measure');
        }
        fields.forEach(field => {
            const box = field.shadowRoot.querySelector('[part~=input-field]')
                || field.shadowRoot.querySelector('vaadin-input-container, vaadin-select-value-button');
            const container = box.tagName === 'VAADIN-INPUT-CONTAINER' ? box : box.closest('vaadin-input-container')
                || box;
            const edge = shadowColour(container);
            const tint = over(rgba(getComputedStyle(container).backgroundColor) || [0, 0, 0, 0], page);
            if (!edge || edge[3] === 0) {
                problems.push('no edge: ' + describe(field));
                return;
            }
            const toPage = ratio(over(edge, page), page), toTint = ratio(over(edge, tint), tint);
            if (toPage < 3 || toTint < 3) {
                problems.push('edge ' + toPage.toFixed(2) + ':1 to the page, ' + toTint.toFixed(2)
                    + ':1 to the field: ' + describe(field));
            }
        });
        [...document.querySelectorAll('vaadin-checkbox')].filter(shown).forEach(checkbox => {
            const mark = checkbox.shadowRoot.querySelector('[part~=checkbox]');
            const edge = shadowColour(mark);
            const toPage = edge ? ratio(over(edge, page), page) : 1;
            if (toPage < 3) {
                problems.push('checkbox edge ' + toPage.toFixed(2) + ':1: ' + describe(checkbox));
            }
        });
        // Measured inside the field's shadow root: an element outside the flat tree has no computed style.
        const ring = resolve((fields[0] && fields[0].shadowRoot) || document.body,
            'var(--vaadin-focus-ring-color, var(--lumo-primary-color-50pct))');
        const field = fields[0] && over(rgba(getComputedStyle(fields[0].shadowRoot
            .querySelector('vaadin-input-container') || fields[0]).backgroundColor) || [0, 0, 0, 0], page);
        [page, field].filter(Boolean).forEach(beside => {
            if (!ring || ratio(over(ring, beside), beside) < 3) {
                problems.push('focus ring ' + (ring ? ratio(over(ring, beside), beside).toFixed(2) : 'none') + ':1');
            }
        });
        return problems;
    }

    return {page, menu, contrast};
})();
