package org.healthequity.exchange.opencall.ui;

import java.time.Clock;

import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.opencall.CallSummary;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The calls for applications: open ones with their deadline and countdown, then closed and decided ones. */
@Route("calls")
@Menu(title = "nav.calls", order = 25, icon = "vaadin:megaphone")
@AnonymousAllowed
public class CallsView extends VerticalLayout implements TitledPage {

    public CallsView(CallCatalogue catalogue, Clock clock) {
        add(new H1(getTranslation("nav.calls")), new Paragraph(getTranslation("opencall.calls.intro")));
        var calls = catalogue.publicCalls();
        if (calls.isEmpty()) {
            add(new Paragraph(getTranslation("opencall.calls.empty")));
        }
        for (CallSummary call : calls) {
            add(card(call, clock));
        }
    }

    private Div card(CallSummary call, Clock clock) {
        Div card = new Div();
        card.addClassName("call-card");
        H2 title = new H2(new Anchor("calls/" + call.id(), call.title()));
        card.add(title, new Div(CallText.badge(this, call.status()),
                new Span(" " + CallLabels.network(this, call.network()) + " · " + call.cycle())));
        if (call.acceptsAt(clock.instant())) {
            card.add(CallText.deadline(this, call), CallText.countdown(this, call.closesAt(), clock.instant()));
        } else if (clock.instant().isBefore(call.opensAt())) {
            card.add(new Paragraph(getTranslation("opencall.calls.opens", ViewerTime.format(call.opensAt()))));
        } else {
            card.add(CallText.deadline(this, call));
        }
        return card;
    }
}
