package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.opencall.CallSummary;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.HomePanel;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The home page's open calls, the nearest deadline first, each deadline in the viewer's time zone. */
@Component
class OpenCallsPanel implements HomePanel {

    private final CallCatalogue catalogue;

    OpenCallsPanel(CallCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Slot slot() {
        return Slot.OPEN_CALLS;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div panel = new Div();
        UnorderedList list = new UnorderedList();
        for (CallSummary call : catalogue.openCalls()) {
            list.add(new ListItem(new Anchor("calls/" + call.id(), call.title()),
                    new com.vaadin.flow.component.html.Span(" · " + panel.getTranslation("opencall.home.closes",
                            ViewerTime.format(call.closesAt())))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            panel.add(new Paragraph(panel.getTranslation("home.panel.open-calls.empty")));
        } else {
            panel.add(list, new Anchor("calls", panel.getTranslation("nav.calls")));
        }
        return panel;
    }
}
