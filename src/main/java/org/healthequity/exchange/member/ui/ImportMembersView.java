package org.healthequity.exchange.member.ui;

import java.util.stream.Collectors;

import org.healthequity.exchange.member.ImportPreview;
import org.healthequity.exchange.member.ImportRow;
import org.healthequity.exchange.member.MemberImport;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.shared.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.LimitedUpload;

import jakarta.annotation.security.RolesAllowed;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * Bulk onboarding: upload a CSV, read the per-line report, and import only when every line is right. Nothing is
 * written before the import button, and then all lines or none.
 */
@Route("admin/members/import")
@RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
@TitleKey("import.title")
public class ImportMembersView extends VerticalLayout implements TitledPage {

    private final MemberImport importer;
    private final Select<Network> network = new Select<>();
    private final Select<NetworkRole> role = new Select<>();
    private final Grid<ImportRow> report = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button submit = new Button();
    private byte[] file = new byte[0];

    public ImportMembersView(MemberImport importer) {
        this.importer = importer;
        setSizeFull();
        network.setLabel(getTranslation("directory.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> Labels.network(this, n));
        network.setValue(Network.GKNHE);
        role.setLabel(getTranslation("admin.members.invite-role"));
        role.setItems(NetworkRole.values());
        role.setItemLabelGenerator(r -> Labels.role(this, r));
        role.setValue(NetworkRole.MEMBER);

        Upload upload = ComponentTexts.of(new Upload(new LimitedUpload(MemberImport.MAX_BYTES, this::preview,
                () -> summary.setText(getTranslation("import.error.too-large")))));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(MemberImport.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("import.rejected"))
                .addThemeVariants(NotificationVariant.LUMO_ERROR));

        ResponsiveGrid<ImportRow> columns = ResponsiveGrid.of(report);
        columns.titleText(getTranslation("admin.members.email"), ImportRow::email);
        columns.number(getTranslation("import.line"), ImportRow::line);
        columns.text(getTranslation("directory.name"), ImportRow::name);
        columns.text(getTranslation("directory.country"), ImportRow::country).setWidth("6rem");
        columns.text(getTranslation("import.problems"), r -> r.ok() ? getTranslation("import.ok")
                : r.problems().stream().map(this::getTranslation).collect(Collectors.joining("; "))).setWidth("20rem");
        report.setPartNameGenerator(r -> r.ok() ? null : "gap");

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        submit.setText(getTranslation("import.submit", 0));
        submit.addClickListener(e -> importAll());

        FlexLayout options = new FlexLayout(network, role);
        options.addClassName("filters");
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), options, upload,
                summary, submit, report);
    }

    /** Reads an uploaded file and shows what importing it would do. */
    void preview(byte[] bytes) {
        file = bytes;
        ImportPreview preview = importer.preview(bytes);
        report.setItems(preview.rows());
        if (preview.fileProblem() != null) {
            summary.setText(getTranslation(preview.fileProblem()));
        } else {
            summary.setText(getTranslation("import.summary", preview.rows().size(), preview.problemCount()));
        }
        submit.setText(getTranslation("import.submit", preview.importable() ? preview.rows().size() : 0));
        submit.setEnabled(preview.importable());
    }

    private void importAll() {
        int added = importer.importMembers(file, network.getValue(), role.getValue());
        Notification.show(getTranslation("import.done", added)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        file = new byte[0];
        report.setItems();
        summary.setText("");
        submit.setEnabled(false);
    }
}
