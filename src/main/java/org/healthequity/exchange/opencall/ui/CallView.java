package org.healthequity.exchange.opencall.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallPage;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.ui.FileDownload;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A call's public page: what it is, the Terms of Reference, who may apply and what the form asks, the deadline in the
 * visitor's zone with the call's zone named and a countdown, and the way to apply.
 */
@Route("calls/:id")
@AnonymousAllowed
public class CallView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final CallCatalogue catalogue;
    private final Countries countries;
    private final Clock clock;
    private String title = "";

    public CallView(CallCatalogue catalogue, Countries countries, Clock clock) {
        this.catalogue = catalogue;
        this.countries = countries;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var page = RouteIds.id(event).flatMap(catalogue::call);
        if (page.isEmpty()) {
            add(new H1(getTranslation("opencall.call.not-found")), new Anchor("calls", getTranslation("nav.calls")));
            return;
        }
        show(page.get());
    }

    private void show(CallPage page) {
        var call = page.summary();
        title = call.title();
        Language language = Language.of(getLocale());
        add(new H1(call.title()), new Div(CallText.badge(this, call.status()),
                new Span(" " + CallLabels.network(this, call.network()) + " · " + call.cycle())));
        add(CallText.deadline(this, call));
        boolean accepting = call.acceptsAt(clock.instant());
        if (accepting) {
            add(CallText.countdown(this, call.closesAt(), clock.instant()));
        }
        add(action(page, accepting));
        add(new H2(getTranslation("opencall.call.description")), html(page.descriptionHtml()));
        add(new H2(getTranslation("opencall.call.terms")), html(page.termsHtml()));
        if (page.hasTermsPdf()) {
            Anchor pdf = new Anchor(FileDownload.of(() -> catalogue.termsPdf(call.id())
                    .map(bytes -> new FileDownload.Content("terms-of-reference.pdf", "application/pdf", bytes))),
                    getTranslation("opencall.call.terms-pdf"));
            pdf.getElement().setAttribute("download", true);
            add(pdf);
        }
        add(new H2(getTranslation("opencall.call.eligibility")));
        eligibility(page.definition().eligibility(), language);
        add(new H2(getTranslation("opencall.call.questions")));
        UnorderedList questions = new UnorderedList();
        for (CallDefinition.Question question : page.definition().questions()) {
            questions.add(new ListItem(question.label().in(language) + (question.required()
                    ? " " + getTranslation("opencall.call.required-mark") : "")));
        }
        add(questions);
    }

    /** HTML the service sanitized against the allow-list. */
    private static Div html(String safeHtml) {
        Div text = new Div();
        text.addClassName("rich-text");
        text.getElement().setProperty("innerHTML", safeHtml);
        return text;
    }

    private void eligibility(CallDefinition.Eligibility rules, Language language) {
        if (rules.institutionTypes().isEmpty() && rules.regions().isEmpty() && rules.countries().isEmpty()) {
            add(new Paragraph(getTranslation("opencall.call.anyone")));
        }
        if (!rules.institutionTypes().isEmpty()) {
            add(new Paragraph(getTranslation("opencall.call.eligible-types", rules.institutionTypes().stream()
                    .map(t -> CallLabels.institutionType(this, t))
                    .sorted().collect(Collectors.joining(", ")))));
        }
        if (!rules.regions().isEmpty() || !rules.countries().isEmpty()) {
            var names = countries.names(language);
            String places = Stream.concat(
                    rules.regions().stream().sorted().map(r -> CallLabels.region(this, r)),
                    rules.countries().stream().map(c -> names.getOrDefault(c, c)).sorted(Comparator.naturalOrder()))
                    .collect(Collectors.joining(", "));
            add(new Paragraph(getTranslation("opencall.call.eligible-places", places)));
        }
        if (!rules.declarations().isEmpty()) {
            UnorderedList declarations = new UnorderedList();
            rules.declarations().forEach(d -> declarations.add(new ListItem(d.text().in(language))));
            add(new Paragraph(getTranslation("opencall.call.declarations")), declarations);
        }
    }

    private Div action(CallPage page, boolean accepting) {
        Div action = new Div();
        if (page.myStatus() != null) {
            action.add(new Paragraph(getTranslation("opencall.call.your-status", CallLabels.applicationStatus(this,
                    page.myStatus()))));
        }
        if (!accepting) {
            action.add(new Paragraph(getTranslation("opencall.call.closed")));
            if (page.myApplicationId() != null) {
                action.add(new Anchor("calls/" + page.summary().id() + "/apply", getTranslation("opencall.call.continue")));
            }
            return action;
        }
        if (CurrentUser.get().isEmpty()) {
            action.add(new Anchor("login", getTranslation("opencall.call.sign-in")));
            return action;
        }
        Button apply = new Button(getTranslation(page.myApplicationId() == null ? "opencall.call.apply"
                : "opencall.call.continue"),
                e -> getUI().ifPresent(ui -> ui.navigate("calls/" + page.summary().id() + "/apply")));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action.add(apply);
        return action;
    }

    @Override
    public String pageHeading() {
        return title.isBlank() ? getTranslation("nav.calls") : title;
    }
}
