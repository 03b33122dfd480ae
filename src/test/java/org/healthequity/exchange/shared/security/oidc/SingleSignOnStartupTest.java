package org.healthequity.exchange.shared.security.oidc;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What the start does with the single-sign-on settings, without the rest of the portal. */
class SingleSignOnStartupTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(SingleSignOnConfiguration.class, Settings.class)
            .withBean(ExternalSignIn.class, () -> (identity, createUnknown) -> {
                throw new IllegalStateException("not signing in here");
            })
            // Only handed on at start; nothing here signs in, so nothing is audited.
            .withBean(AuditLog.class, () -> Mockito.mock(AuditLog.class));

    @Test
    void withoutAnIssuerNothingOfSingleSignOnExists() {
        contexts.withPropertyValues("exchange.oidc.client-id=portal", "exchange.oidc.role-mapping=not a mapping")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SingleSignOn.class));
    }

    @Test
    void anIssuerWithAValidMappingGivesSingleSignOnWithoutReachingTheProvider() {
        contexts.withPropertyValues("exchange.oidc.issuer=http://127.0.0.1:9/unreachable",
                "exchange.oidc.client-id=portal", "exchange.oidc.name=WHO account",
                "exchange.oidc.role-mapping=who-secretariat=SECRETARIAT")
                .run(context -> assertThat(context.getBean(SingleSignOn.class).providerName()).hasValue(
                        "WHO account"));
    }

    @Test
    void aMalformedMappingStopsTheStartWithAMessageNamingTheEntry() {
        contexts.withPropertyValues("exchange.oidc.issuer=https://login.example.org", "exchange.oidc.client-id=portal",
                "exchange.oidc.role-mapping=who-secretariat=SECRETARIAT;who-admins=ADMIN")
                .run(context -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                        .hasMessage("EXCHANGE_OIDC_ROLE_MAPPING: entry 1 ('who-secretariat=SECRETARIAT;who-admins=ADMIN')"
                                + " has more than one '=': separate the entries with commas"));
    }

    @Test
    void anIssuerWithoutAClientIdStopsTheStart() {
        contexts.withPropertyValues("exchange.oidc.issuer=https://login.example.org")
                .run(context -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                        .hasMessageStartingWith("EXCHANGE_OIDC_CLIENT_ID:"));
    }

    @EnableConfigurationProperties(OidcSettings.class)
    static class Settings {
    }
}
