package org.healthequity.exchange.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;

import com.vaadin.flow.component.html.Nav;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * The links of the frame's navigation as a person sees them: the layout sends them as markup
 * ({@code <nav><ul><li><a href>}), not components, so Karibu's locators do not reach them; this reads the markup.
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
        _get(Nav.class, spec -> spec.withClasses("main-nav")).getElement().getChildren()
                .forEach(list -> Jsoup.parseBodyFragment(list.getProperty("innerHTML", "")).select("a")
                        .forEach(a -> links.add(new Link(a.text().strip(), a.attr("href"),
                                "page".equals(a.attr("aria-current"))))));
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
}
