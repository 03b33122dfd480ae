package org.healthequity.exchange.member.ui;

import java.util.Set;

import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.shared.security.Hashes;
import org.healthequity.exchange.shared.ui.LoginView;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensViewTest extends ViewTest {

    @Autowired
    private People people;

    @Autowired
    private AccessTokens tokens;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aMemberCreatesATokenSeesItsSecretOnceAndRevokesIt() {
        login(people.member("Tom Tokens", Network.GKNHE));
        navigate("account");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Token name")), "Zotero sync");
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        TextField secret = _get(TextField.class, spec -> spec.withLabel("New token"));
        assertThat(secret.getValue()).startsWith("hex_");
        assertThat(jdbc.queryForObject("select name from personal_access_token where secret_hash = ?", String.class,
                Hashes.sha256Hex(secret.getValue()))).isEqualTo("Zotero sync");
        Grid<?> list = _get(Grid.class);
        assertThat(_size(list)).isEqualTo(1);

        _click((Button) _getCellComponent(list, 0, "actions"));
        assertThat(tokens.mine()).singleElement().satisfies(token -> assertThat(token.revokedAt()).isNotNull());

        navigate("case-studies");
        navigate("account");
        assertThat(currentView()).isEqualTo(AccountView.class);
        assertThat(_find(TextField.class, spec -> spec.withLabel("New token")))
                .as("the secret is never shown again").isEmpty();
        assertThat(_size(_get(Grid.class))).isEqualTo(1);
    }

    @Test
    void aMemberChoosesWhatTheTokenMayReadAndSeesItInTheList() {
        login(people.member("Sara Scopes", Network.GKNHE));
        navigate("account");
        @SuppressWarnings("unchecked")
        CheckboxGroup<TokenScope> scopes = _get(CheckboxGroup.class, spec -> spec.withLabel("What it may read"));
        assertThat(scopes.getValue()).as("every scope by default").containsExactlyInAnyOrder(TokenScope.values());

        _setValue(_get(TextField.class, spec -> spec.withLabel("Token name")), "Library only");
        _setValue(scopes, Set.of());
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        assertThat(scopes.isInvalid()).isTrue();
        assertThat(scopes.getErrorMessage()).isEqualTo("Choose at least one thing the token may read.");
        assertThat(tokens.mine()).isEmpty();

        _setValue(scopes, Set.of(TokenScope.LIBRARY, TokenScope.SEARCH));
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        assertThat(tokens.mine()).singleElement().satisfies(token -> assertThat(token.scopes())
                .containsExactlyInAnyOrder(TokenScope.LIBRARY, TokenScope.SEARCH));
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).contains("read:library read:search");
    }

    @Test
    void aTokenWithoutANameIsRefusedNextToTheField() {
        login(people.member("Nina Noname", Network.HIM));
        navigate("account");

        _click(_get(Button.class, spec -> spec.withText("Create token")));

        TextField name = _get(TextField.class, spec -> spec.withLabel("Token name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the token a name.");
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void aVisitorCannotReachTheTokens() {
        logout();
        navigate("account");

        assertThat(currentView()).isEqualTo(LoginView.class);
    }
}
