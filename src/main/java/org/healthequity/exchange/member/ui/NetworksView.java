package org.healthequity.exchange.member.ui;

import java.util.Locale;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.MemberFigures;
import org.healthequity.exchange.member.NetworkInfo;
import org.healthequity.exchange.member.NetworkService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.FileDownload;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;

/** The two networks: what they are for, their Terms of Reference, their secretariat and their size. */
@Route("networks")
@Menu(title = "nav.networks", order = 5, icon = "vaadin:connect")
@AnonymousAllowed
public class NetworksView extends Main implements TitledPage {

    private final NetworkService networks;

    public NetworksView(NetworkService networks, MemberFigures figures, Countries countries) {
        this.networks = networks;
        addClassName("narrow-view");
        add(new H1(getTranslation("nav.networks")));
        boolean secretariat = CurrentUser.get().map(ExchangeUser::isStaff)
                .orElse(false);
        for (NetworkInfo info : networks.networks()) {
            add(section(info, secretariat));
        }
        add(new PublicReachPanel(figures.publicReach(), countries.all(Language.of(getLocale()))));
    }

    private Section section(NetworkInfo info, boolean secretariat) {
        String key = info.network().name().toLowerCase(Locale.ROOT);
        Section section = new Section(new H2(Labels.network(this, info.network())),
                new Paragraph(getTranslation("home.network." + key + ".description")),
                new Paragraph(getTranslation("networks.size", info.members(), info.institutions())),
                new H3(getTranslation("networks.terms")));
        for (String paragraph : info.termsText().split("\\n\\s*\\n")) {
            section.add(new Paragraph(paragraph));
        }
        if (info.termsPdf()) {
            Anchor pdf = new Anchor(FileDownload.of(() -> networks.termsPdf(info.network())
                    .map(bytes -> new FileDownload.Content(key + "-terms-of-reference.pdf", "application/pdf",
                            bytes))), getTranslation("networks.terms-pdf"));
            pdf.getElement().setAttribute("download", true);
            section.add(new Paragraph(pdf));
        }
        section.add(new H3(getTranslation("networks.secretariat")),
                new Paragraph(new Anchor("mailto:" + info.contactEmail(), info.contactEmail())));
        if (!info.secretariat().isEmpty()) {
            section.add(new Paragraph(String.join(", ", info.secretariat())));
        }
        if (secretariat) {
            Upload upload = ComponentTexts.of(new Upload(new LimitedUpload(NetworkService.MAX_PDF_BYTES,
                    bytes -> upload(info, bytes), () -> Notification.show(getTranslation("networks.terms.too-large"))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR))));
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            upload.setMaxFiles(1);
            section.add(new Paragraph(getTranslation("networks.upload-terms")), upload);
        }
        section.addClassName("network-card");
        // Search links to a network as networks#gknhe.
        section.setId(key);
        return section;
    }

    private void upload(NetworkInfo info, byte[] bytes) {
        try {
            networks.uploadTermsPdf(info.network(), bytes);
            Notification.show(getTranslation("networks.terms-saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> null);
        }
    }
}
