package org.healthequity.exchange.member.ui;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.member.AccountStatus;
import org.healthequity.exchange.member.AdminMemberRow;
import org.healthequity.exchange.member.DirectoryExport;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.member.StaffNote;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.MasterDetail;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/** The secretariat's member list: invite, change roles, suspend or reactivate, keep notes. */
@Route("admin/members")
@Menu(title = "nav.admin-members", order = 81, icon = "vaadin:users")
@RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
public class AdminMembersView extends VerticalLayout implements TitledPage {

    private final MemberAdministration administration;
    private final Grid<AdminMemberRow> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final TextField filter = new TextField();
    private final MasterDetail layout = new MasterDetail(grid, detail, () -> grid.asSingleSelect().clear());

    public AdminMembersView(MemberAdministration administration, DirectoryExport directory) {
        this.administration = administration;
        setSizeFull();
        filter.setLabel(getTranslation("admin.members.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        ResponsiveGrid<AdminMemberRow> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation("directory.name"), AdminMemberRow::name);
        columns.text(getTranslation("admin.members.email"), AdminMemberRow::email).setWidth("14rem");
        columns.text(getTranslation("admin.members.status"), r -> status(r.status())).setWidth("8rem");
        columns.text(getTranslation("directory.network"), r -> String.join(", ", r.networks().entrySet().stream()
                .map(e -> e.getKey().name() + " " + Labels.role(this, e.getValue())).toList())).setWidth("14rem");
        grid.setItems(query -> administration.page(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, administration.count(filter.getValue())));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.add(new Paragraph(getTranslation("admin.members.pick")));
        Anchor importLink = new Anchor("admin/members/import", getTranslation("admin.members.import-link"));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = directory.csv(Language.of(getLocale()));
            return new DownloadResponse(new ByteArrayInputStream(csv), "directory.csv", "text/csv", csv.length);
        }), getTranslation("admin.members.export"));
        export.getElement().setAttribute("download", true);
        FlexLayout links = new FlexLayout(importLink, export);
        links.addClassName("filters");
        add(new H1(getTranslation("nav.admin-members")), links, inviteForm(), filter, layout);
    }

    private FlexLayout inviteForm() {
        EmailField email = new EmailField(getTranslation("admin.members.invite-email"));
        email.setRequiredIndicatorVisible(true);
        Select<Network> network = new Select<>();
        network.setLabel(getTranslation("directory.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> Labels.network(this, n));
        network.setValue(Network.GKNHE);
        Select<NetworkRole> role = new Select<>();
        role.setLabel(getTranslation("admin.members.invite-role"));
        role.setItems(NetworkRole.values());
        role.setItemLabelGenerator(r -> Labels.role(this, r));
        role.setValue(NetworkRole.MEMBER);
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("admin.members.invite-language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(getLocale()));
        Button invite = new Button(getTranslation("admin.members.invite"), e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                Refusals.refuse(email, getTranslation("register.email.invalid"));
                return;
            }
            try {
                administration.invite(email.getValue(), network.getValue(), role.getValue(), language.getValue());
                Notification.show(getTranslation("admin.members.invited", email.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                email.clear();
            } catch (ConstraintViolationException invalid) {
                Refusals.refuse(email, getTranslation("register.email.invalid"));
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(email, network, role, language, invite);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.END);
        form.addClassName("filters");
        return form;
    }

    private void show(@Nullable AdminMemberRow row) {
        detail.removeAll();
        if (row == null) {
            detail.add(new Paragraph(getTranslation("admin.members.pick")));
            layout.showList();
            return;
        }
        layout.showDetail();
        detail.add(new H2(row.name()), new Paragraph(row.email() + " · " + status(row.status())));

        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.members.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        roles.setValue(row.roles());
        Button saveRoles = new Button(getTranslation("admin.members.save-roles"), e -> act(() -> administration
                .setRoles(row.id(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
                        : EnumSet.copyOf(roles.getValue()))));
        boolean suspended = row.status() == AccountStatus.SUSPENDED;
        Button suspend = new Button(getTranslation(suspended ? "admin.members.reactivate" : "admin.members.suspend"),
                e -> act(() -> administration.setSuspended(row.id(), !suspended)));
        if (!suspended) {
            suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        detail.add(roles, saveRoles, suspend, new H2(getTranslation("admin.members.notes")),
                new Paragraph(getTranslation("admin.members.notes-hint")));

        TextArea note = new TextArea(getTranslation("admin.members.new-note"));
        note.setMaxLength(MemberAdministration.NOTE_MAX);
        Button addNote = new Button(getTranslation("admin.members.add-note"), e -> {
            if (note.getValue().isBlank()) {
                Refusals.refuse(note, getTranslation("admin.members.note-empty"));
                return;
            }
            administration.addNote(row.id(), note.getValue());
            show(row);
        });
        detail.add(note, addNote, notes(administration.notes(row.id())));
    }

    private UnorderedList notes(List<StaffNote> notes) {
        UnorderedList list = new UnorderedList();
        for (StaffNote note : notes) {
            list.add(new ListItem(ViewerTime.format(note.createdAt()) + " · " + note.author() + ": " + note.text()));
        }
        return list;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("admin.members.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
            grid.asSingleSelect().clear();
            show(null);
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> null);
        } catch (AccessDeniedException denied) {
            Notification.show(getTranslation("admin.members.admin-only"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String status(AccountStatus status) {
        return getTranslation("account-status." + status.name().toLowerCase(Locale.ROOT));
    }
}
