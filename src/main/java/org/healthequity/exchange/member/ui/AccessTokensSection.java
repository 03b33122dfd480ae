package org.healthequity.exchange.member.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.AccessTokenInfo;
import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.CreatedAccessToken;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The member's personal access tokens for the read API: create one with the scopes it may read (its secret is shown
 * here once, never again), see them with their scopes and when they were created, expire and were last used, and
 * revoke them.
 */
class AccessTokensSection extends VerticalLayout {

    private final AccessTokens tokens;
    private final TextField name = new TextField();
    private final Select<Integer> lifetime = new Select<>();
    private final CheckboxGroup<TokenScope> scopes = new CheckboxGroup<>();
    private final TextField secret = new TextField();
    private final Grid<AccessTokenInfo> list = new Grid<>();

    AccessTokensSection(AccessTokens tokens) {
        this.tokens = tokens;
        setPadding(false);
        name.setLabel(getTranslation("account.tokens.name"));
        name.setMaxLength(AccessTokens.NAME_MAX);
        lifetime.setLabel(getTranslation("account.tokens.lifetime"));
        lifetime.setItems(AccessTokens.LIFETIMES.stream().sorted().toList());
        lifetime.setItemLabelGenerator(days -> getTranslation("account.tokens.days", days));
        lifetime.setValue(90);
        scopes.setLabel(getTranslation("account.tokens.scopes"));
        scopes.setItems(TokenScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation(scope.messageKey()) + " (" + scope.code() + ")");
        scopes.setValue(EnumSet.allOf(TokenScope.class));
        Button create = new Button(getTranslation("account.tokens.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secret.setLabel(getTranslation("account.tokens.secret"));
        secret.setHelperText(getTranslation("account.tokens.created"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        ResponsiveGrid<AccessTokenInfo> columns = ResponsiveGrid.of(list);
        columns.titleText(getTranslation("account.tokens.name"), AccessTokenInfo::name);
        columns.time(getTranslation("account.tokens.created-at"), AccessTokenInfo::createdAt);
        columns.time(getTranslation("account.tokens.expires-at"), AccessTokenInfo::expiresAt);
        columns.text(getTranslation("account.tokens.last-used"), token -> token.lastUsedAt() == null
                ? getTranslation("account.tokens.never") : ViewerTime.compact(token.lastUsedAt())).setWidth("9.5rem");
        columns.text(getTranslation("account.tokens.scopes"), token -> token.scopes().stream().sorted()
                .map(TokenScope::code).collect(Collectors.joining(" ")));
        columns.text(getTranslation("account.tokens.status"), this::status).setWidth("8rem");
        columns.actions("", this::revokeButton);
        list.setAllRowsVisible(true);
        add(new H2(getTranslation("account.tokens")), new Paragraph(getTranslation("account.tokens.intro")), name,
                lifetime, scopes, create, secret, list);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        try {
            CreatedAccessToken created = tokens.create(name.getValue(),
                    lifetime.getValue() == null ? 0 : lifetime.getValue(), scopes.getValue());
            secret.setValue(created.secret());
            secret.setVisible(true);
            name.clear();
            refresh();
        } catch (Refused refused) {
            Refusals.show(refused, this, Map.of("name", name, "lifetime", lifetime, "scopes", scopes)::get);
        }
    }

    private Button revokeButton(AccessTokenInfo token) {
        Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> {
            tokens.revoke(token.id());
            Notification.show(getTranslation("account.tokens.revoked-done"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(token.revokedAt() == null);
        revoke.setAriaLabel(getTranslation("account.tokens.revoke") + " " + token.name());
        return revoke;
    }

    private String status(AccessTokenInfo token) {
        if (token.revokedAt() != null) {
            return getTranslation("account.tokens.revoked");
        }
        return getTranslation(token.expired() ? "account.tokens.expired" : "account.tokens.active");
    }

    private void refresh() {
        List<AccessTokenInfo> mine = tokens.mine();
        list.setItems(mine);
        list.setVisible(!mine.isEmpty());
    }
}
