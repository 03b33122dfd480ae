package org.healthequity.exchange.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * The links of the frame's navigation as a person sees them: the layout builds them as plain elements
 * ({@code <nav><ul><li><a href>}), not components, so Karibu's locators do not reach them.
 */
public final class MenuLinks {

    /** One link: what it says and where it goes. */
    public record Link(String title, String href, boolean current) {
    }

    private MenuLinks() {
    }

    /** The menu's links, in order. */
    public static List<Link> links() {
        List<Link> links = new ArrayList<>();
        collect(_get(Nav.class, spec -> spec.withClasses("main-nav")).getElement(), links);
        return links;
    }

    /** The menu's titles, in order. */
    public static List<String> titles() {
        return links().stream().map(Link::title).toList();
    }

    /** The link marked as the page shown, if any. */
    public static Optional<Link> current() {
        return links().stream().filter(Link::current).findFirst();
    }

    private static void collect(Element element, List<Link> links) {
        if (element.getTag().equals("a")) {
            links.add(new Link(element.getTextRecursively().strip(), element.getAttribute("href"),
                    "page".equals(element.getAttribute("aria-current"))));
            return;
        }
        element.getChildren().forEach(child -> collect(child, links));
    }
}
