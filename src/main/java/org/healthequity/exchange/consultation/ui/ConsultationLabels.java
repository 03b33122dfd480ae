package org.healthequity.exchange.consultation.ui;

import java.util.Locale;

import org.healthequity.exchange.consultation.ConsultationPhase;
import org.healthequity.exchange.consultation.ConsultationScope;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;

/** The words for a consultation's phase and participants, in the viewer's language. */
final class ConsultationLabels {

    private ConsultationLabels() {
    }

    static String phase(Component owner, ConsultationPhase phase) {
        return owner.getTranslation("consultation.phase." + phase.name().toLowerCase(Locale.ROOT));
    }

    static String who(Component owner, ConsultationScope scope, @Nullable String network, @Nullable String group) {
        return switch (scope) {
            case NETWORK -> owner.getTranslation("consultation.scope.network",
                    network == null ? "" : owner.getTranslation("network." + network.toLowerCase(Locale.ROOT)));
            case GROUP -> owner.getTranslation("consultation.scope.group", group == null ? "" : group);
            case INVITED -> owner.getTranslation("consultation.scope.invited");
        };
    }

    static String author(Component owner, String name, int participant) {
        return participant > 0 ? owner.getTranslation("consultation.participant", participant) : name;
    }
}
