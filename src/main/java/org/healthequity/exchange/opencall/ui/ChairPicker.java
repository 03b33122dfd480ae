package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CommitteeReview;
import org.healthequity.exchange.opencall.CommitteeReview.ChairCandidate;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** The secretariat names the call's committee chair from the network's steering committee. */
final class ChairPicker extends HorizontalLayout {

    ChairPicker(CommitteeReview committee, long callId) {
        Select<ChairCandidate> chair = new Select<>();
        chair.setLabel(getTranslation("opencall.chair.label"));
        chair.setHelperText(getTranslation("opencall.chair.help"));
        chair.setItemLabelGenerator(c -> c == null ? "" : c.displayName());
        List<ChairCandidate> candidates = committee.chairCandidates(callId);
        chair.setItems(candidates);
        candidates.stream().filter(ChairCandidate::chair).findFirst().ifPresent(chair::setValue);
        Button name = new Button(getTranslation("opencall.chair.name"), e -> {
            if (chair.getValue() == null) {
                Refusals.refuse(chair, getTranslation("opencall.admin.choose-one"));
                return;
            }
            try {
                committee.nameChair(callId, chair.getValue().accountId());
                CallLabels.done(this, "opencall.chair.named", chair.getValue().displayName());
            } catch (Refused problem) {
                ApplicationDialogs.fieldOrNotify(this, problem, Map.of("chair", chair));
            }
        });
        add(chair, name);
        setAlignItems(Alignment.BASELINE);
    }
}
