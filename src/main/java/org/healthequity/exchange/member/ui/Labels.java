package org.healthequity.exchange.member.ui;

import java.util.Locale;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.member.Visibility;

import com.vaadin.flow.component.Component;

/** Bundle keys of the members vocabulary, translated for the component's viewer. */
final class Labels {

    private Labels() {
    }

    static String network(Component c, Network network) {
        return c.getTranslation(network.messageKey());
    }

    static String role(Component c, NetworkRole role) {
        return c.getTranslation("network-role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String region(Component c, String region) {
        return c.getTranslation(CountryRef.regionMessageKey(region));
    }

    static String institutionType(Component c, InstitutionType type) {
        return c.getTranslation("institution-type." + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String expertise(Component c, String code) {
        return c.getTranslation(Expertise.messageKey(code));
    }

    static String visibility(Component c, Visibility visibility) {
        return c.getTranslation("visibility." + visibility.name().toLowerCase(Locale.ROOT));
    }
}
