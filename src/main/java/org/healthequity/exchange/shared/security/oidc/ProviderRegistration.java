package org.healthequity.exchange.shared.security.oidc;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The provider as the portal's client, from its discovery document, read when first needed and kept once read. The
 * portal starts while the provider is unreachable: until the document can be read, choosing single sign-on says that
 * it is unavailable and the next attempt tries again (password sign-in is unaffected).
 */
final class ProviderRegistration implements ClientRegistrationRepository {

    static final String ID = "oidc";

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistration.class);

    private final OidcSettings settings;
    private volatile @Nullable ClientRegistration registration;

    ProviderRegistration(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? current().orElse(null) : null;
    }

    Optional<ClientRegistration> current() {
        ClientRegistration known = registration;
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                            .registrationId(ID)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .clientName(settings.name().isBlank() ? "OpenID Connect" : settings.name())
                            .scope("openid", "profile", "email")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                            .build();
                    log.info("Single sign-on: read the discovery document of {}", settings.issuer());
                } catch (RuntimeException unreachable) {
                    log.warn("Single sign-on: the discovery document of {} cannot be read yet ({}); sign-in with the"
                            + " provider is unavailable until it can", settings.issuer(), unreachable.toString());
                }
            }
            return Optional.ofNullable(registration);
        }
    }

    /** The provider's RP-initiated logout endpoint, when its discovery document names one. */
    Optional<String> endSessionEndpoint() {
        return current().map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(Object::toString);
    }
}
