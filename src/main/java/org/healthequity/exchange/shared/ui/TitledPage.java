package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import org.springframework.util.ClassUtils;

/**
 * The one convention for page titles: "heading · Health Equity Exchange", in the viewer's language. The heading is
 * the bundle key named by the view's {@link TitleKey}, or else its {@link Menu} entry's title, so a menu page names
 * its key once; a page about one thing (a case study, a group, a search) overrides {@link #pageHeading()} instead. A
 * view with none of these is titled with the portal's name alone (the home page).
 */
public interface TitledPage extends HasDynamicTitle {

    /** The heading before the portal's name, already translated; blank for none. */
    default String pageHeading() {
        Class<?> view = ClassUtils.getUserClass(getClass());
        TitleKey key = view.getAnnotation(TitleKey.class);
        if (key != null) {
            return translate(key.value());
        }
        Menu menu = view.getAnnotation(Menu.class);
        return menu == null ? "" : translate(menu.title());
    }

    @Override
    default String getPageTitle() {
        String portal = translate("app.name");
        String heading = pageHeading();
        return heading.isBlank() ? portal : heading + " · " + portal;
    }

    private String translate(String key) {
        return ((Component) this).getTranslation(key);
    }
}
