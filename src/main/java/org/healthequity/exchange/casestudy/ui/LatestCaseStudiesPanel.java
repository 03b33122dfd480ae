package org.healthequity.exchange.casestudy.ui;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.LibraryCard;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.HomePanel;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;

/** The home page's latest published case studies: only published ones, never a draft or a submission. */
@Component
class LatestCaseStudiesPanel implements HomePanel {

    private static final int HOW_MANY = 5;

    private final CaseStudyLibrary library;

    LatestCaseStudiesPanel(CaseStudyLibrary library) {
        this.library = library;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "home.panel.latest-case-studies";
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div panel = new Div();
        List<ListItem> items = new ArrayList<>();
        for (LibraryCard card : library.latest(HOW_MANY)) {
            String period = CaseStudyCard.period(card.yearFrom(), card.yearTo());
            ListItem item = new ListItem(ContentLanguage.of(new Anchor("case-studies/" + card.id(), card.title()),
                    card.language()));
            if (!period.isEmpty()) {
                item.add(" (" + period + ")");
            }
            items.add(item);
        }
        return HomePanel.listed(panel, items, "home.panel.latest-case-studies.empty",
                new Anchor("case-studies", panel.getTranslation("case-study.library.all")));
    }
}
