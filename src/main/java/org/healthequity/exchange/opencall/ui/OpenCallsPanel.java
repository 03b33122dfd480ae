package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.HomePanel;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

/** The home page's open calls, the nearest deadline first, each deadline in the viewer's time zone. */
@Component
class OpenCallsPanel implements HomePanel {

    private final CallCatalogue catalogue;

    OpenCallsPanel(CallCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "home.panel.open-calls";
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div panel = new Div();
        List<ListItem> items = catalogue.openCalls().stream().map(call -> new ListItem(
                new Anchor("calls/" + call.id(), call.title()), new Span(" · " + panel.getTranslation(
                        "opencall.home.closes", ViewerTime.format(call.closesAt()))))).toList();
        return HomePanel.listed(panel, items, "home.panel.open-calls.empty",
                new Anchor("calls", panel.getTranslation("nav.calls")));
    }
}
