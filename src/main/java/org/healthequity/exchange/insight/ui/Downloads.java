package org.healthequity.exchange.insight.ui;

import java.util.List;

import org.healthequity.exchange.insight.Dashboard;
import org.healthequity.exchange.insight.InsightFilter;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.FileDownload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The download links of one chart. Each asks the dashboard service when clicked, so the staff-only rule is checked
 * on the download itself and not only when the page was built.
 */
final class Downloads {

    private Downloads() {
    }

    static Paragraph of(Component page, Dashboard dashboard, String id, List<String> formats, String title,
            InsightFilter filter, Language language) {
        Paragraph links = new Paragraph();
        links.addClassName("insight-downloads");
        for (String format : formats) {
            Anchor link = new Anchor(FileDownload.of(() -> dashboard.download(id, format, filter, language)),
                    page.getTranslation("insight.download." + format));
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("aria-label", page.getTranslation("insight.download.of",
                    page.getTranslation("insight.download." + format), title));
            links.add(link);
        }
        return links;
    }
}
