package org.healthequity.exchange.consultation.ui;

import java.util.Optional;

import org.healthequity.exchange.consultation.ConsultationModeration;
import org.healthequity.exchange.consultation.ConsultationPage;
import org.healthequity.exchange.consultation.ConsultationPhase;
import org.healthequity.exchange.consultation.Consultations;
import org.healthequity.exchange.consultation.SummaryView;
import org.healthequity.exchange.consultation.SynthesisView;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.FileDownload;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * One consultation: its question, background and times, the pinned weekly summaries, the synthesis once written (with
 * its PDF), and the contributions threaded by sub-question; participants contribute while it is open and moderators
 * tag, summarise and write the synthesis. One the viewer may not see is answered as an unknown one.
 */
@Route("consultations/:id")
@PermitAll
public class ConsultationView extends Main implements BeforeEnterObserver, TitledPage {

    private final Consultations consultations;
    private final ConsultationModeration moderation;
    private String heading = "";
    private long id;

    public ConsultationView(Consultations consultations, ConsultationModeration moderation) {
        this.consultations = consultations;
        this.moderation = moderation;
        addClassName("narrow-view");
    }

    static String address(long id) {
        return "consultations/" + id;
    }

    @Override
    public String pageHeading() {
        return heading;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.id(event).orElse(0L);
        reload();
    }

    /** Shows the consultation as it is now (after a contribution, a tag or a summary). */
    void reload() {
        removeAll();
        Optional<ConsultationPage> found = id == 0 ? Optional.empty() : consultations.consultation(id);
        if (found.isEmpty()) {
            heading = getTranslation("error.not-found.title");
            add(new H1(heading), new Paragraph(getTranslation("consultation.page.not-found")), back());
            return;
        }
        ConsultationPage page = found.get();
        heading = page.title();
        add(new H1(page.title()), new Paragraph(ConsultationLabels.phase(this, page.phase()) + " · "
                + getTranslation("consultation.page.when", ViewerTime.format(page.opensAt()),
                        ViewerTime.format(page.closesAt()))));
        if (page.anonymous()) {
            add(new Paragraph(getTranslation("consultation.page.anonymous")));
        }
        add(new H2(getTranslation("consultation.page.question")), new Paragraph(page.question()));
        if (!page.backgroundHtml().isBlank()) {
            add(new H2(getTranslation("consultation.page.background")),
                    new Html("<div>" + page.backgroundHtml() + "</div>"));
        }
        if (page.synthesis() != null) {
            add(synthesis(page.synthesis()));
        }
        if (!page.summaries().isEmpty()) {
            Section summaries = new Section(new H2(getTranslation("consultation.page.summaries")));
            for (SummaryView summary : page.summaries()) {
                summaries.add(new Article(new Paragraph(getTranslation("consultation.page.summary-pinned",
                        ViewerTime.format(summary.pinnedAt()))), new Html("<div>" + summary.safeHtml() + "</div>")));
            }
            add(summaries);
        }
        if (page.canModerate()) {
            add(new ModerationPanel(moderation, page, this::reload));
        }
        add(new ContributionsPanel(consultations, moderation, page, this::reload));
        if (page.phase() == ConsultationPhase.UPCOMING) {
            add(new Paragraph(getTranslation("consultation.page.not-open-yet", ViewerTime.format(page.opensAt()))));
        } else if (page.phase() == ConsultationPhase.CLOSED) {
            add(new Paragraph(getTranslation("consultation.page.closed")));
        }
        add(back());
    }

    private Section synthesis(SynthesisView synthesis) {
        Section section = new Section(new H2(getTranslation("consultation.page.synthesis")),
                new Html("<div>" + synthesis.safeHtml() + "</div>"));
        if (synthesis.publishedAt() != null) {
            section.add(new Paragraph(getTranslation("consultation.page.synthesis-published",
                    ViewerTime.format(synthesis.publishedAt()))));
        }
        Language language = Language.of(getLocale());
        long consultation = id;
        Anchor pdf = new Anchor(FileDownload.of(() -> Optional.of(new FileDownload.Content(
                "consultation-" + consultation + ".pdf", "application/pdf",
                moderation.synthesisPdf(consultation, language)))), getTranslation("consultation.page.download"));
        section.add(pdf);
        return section;
    }

    private Anchor back() {
        return new Anchor("consultations", getTranslation("consultation.page.back"));
    }
}
