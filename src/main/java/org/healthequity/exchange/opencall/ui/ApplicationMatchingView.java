package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.ReviewerProfiles.CommitteeMember;
import org.healthequity.exchange.opencall.MatchingPreferences;
import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
import org.healthequity.exchange.opencall.ReviewerMatching;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The applicant's topics and reviewer preferences for one application (ADR 0033): topics from the portal's expertise
 * vocabulary, steering-committee members suggested as reviewers, and people to keep away with a reason only the
 * secretariat reads. Saved as a whole; a save that meets a newer version keeps what was typed.
 */
@Route("my/applications/:id/reviewers")
@PermitAll
public class ApplicationMatchingView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final ReviewerMatching matching;
    private final MultiSelectComboBox<String> topics = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<CommitteeMember> suggested = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<CommitteeMember> excluded = ComponentTexts.of(new MultiSelectComboBox<>());
    private final VerticalLayout reasons = new VerticalLayout();
    private final Map<Long, TextField> reasonFields = new LinkedHashMap<>();
    private long applicationId;
    private long version;

    public ApplicationMatchingView(ReviewerMatching matching) {
        this.matching = matching;
        topics.setLabel(getTranslation("opencall.matching.topics"));
        topics.setHelperText(getTranslation("opencall.matching.topics-help", MatchingPreferences.TOPICS_MAX));
        topics.setItems(Expertise.all());
        topics.setItemLabelGenerator(code -> getTranslation(Expertise.messageKey(code)));
        suggested.setLabel(getTranslation("opencall.matching.suggested"));
        suggested.setHelperText(getTranslation("opencall.matching.suggested-help"));
        excluded.setLabel(getTranslation("opencall.matching.excluded"));
        excluded.setHelperText(getTranslation("opencall.matching.excluded-help"));
        for (MultiSelectComboBox<CommitteeMember> people : List.of(suggested, excluded)) {
            people.setItemLabelGenerator(m -> m.institution() == null ? m.displayName()
                    : m.displayName() + " (" + m.institution() + ")");
            people.setWidthFull();
        }
        topics.setWidthFull();
        reasons.setPadding(false);
        excluded.addValueChangeListener(e -> showReasons(Map.of()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("opencall.matching.title")), new Paragraph(getTranslation("opencall.matching.intro")));
        var id = RouteIds.id(event);
        List<CommitteeMember> committee;
        try {
            committee = id.map(matching::committee).orElse(null);
        } catch (AccessDeniedException e) {
            committee = null; // someone else's application, or none: nothing of it is shown
        }
        if (committee == null) {
            add(new Paragraph(getTranslation("opencall.matching.not-yours")),
                    new Anchor("my/applications", getTranslation("nav.my-applications")));
            return;
        }
        applicationId = id.get();
        suggested.setItems(committee);
        excluded.setItems(committee);
        load(matching.preferences(applicationId), committee);
        Button save = new Button(getTranslation("opencall.matching.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(topics, suggested, excluded, reasons, save,
                new Anchor("my/applications", getTranslation("nav.my-applications")));
    }

    private void load(MatchingPreferences preferences, List<CommitteeMember> committee) {
        version = preferences.version();
        topics.setValue(new LinkedHashSet<>(preferences.topics()));
        suggested.setValue(pick(committee, Set.copyOf(preferences.suggested())));
        Map<Long, String> reasonsById = new LinkedHashMap<>();
        preferences.excluded().forEach(x -> reasonsById.put(x.personId(), x.reason()));
        excluded.setValue(pick(committee, reasonsById.keySet()));
        showReasons(reasonsById);
        boolean editable = preferences.editable();
        topics.setReadOnly(!editable);
        suggested.setReadOnly(!editable);
        excluded.setReadOnly(!editable);
        if (!editable) {
            add(new Paragraph(getTranslation("opencall.problem.matching-closed")));
        }
    }

    private static Set<CommitteeMember> pick(List<CommitteeMember> committee, Set<Long> ids) {
        Set<CommitteeMember> picked = new LinkedHashSet<>();
        committee.stream().filter(m -> ids.contains(m.accountId())).forEach(picked::add);
        return picked;
    }

    /** One reason field per excluded person, keeping what was typed in those that stay. */
    private void showReasons(Map<Long, String> loaded) {
        Map<Long, TextField> previous = new LinkedHashMap<>(reasonFields);
        reasonFields.clear();
        reasons.removeAll();
        excluded.getValue().stream().sorted(Comparator.comparing(CommitteeMember::displayName)).forEach(m -> {
            TextField field = previous.get(m.accountId());
            if (field == null) {
                field = new TextField(getTranslation("opencall.matching.reason", m.displayName()));
                field.setMaxLength(MatchingPreferences.REASON_MAX);
                field.setWidthFull();
                field.setValue(loaded.getOrDefault(m.accountId(), ""));
            }
            field.setReadOnly(excluded.isReadOnly());
            reasonFields.put(m.accountId(), field);
            reasons.add(field);
        });
    }

    private void save() {
        topics.setInvalid(false);
        suggested.setInvalid(false);
        excluded.setInvalid(false);
        reasonFields.values().forEach(f -> f.setInvalid(false));
        List<Exclusion> exclusions = new ArrayList<>();
        reasonFields.forEach((person, field) -> exclusions.add(new Exclusion(person, field.getValue())));
        try {
            version = matching.save(applicationId, version, List.copyOf(topics.getValue()),
                    suggested.getValue().stream().map(CommitteeMember::accountId).toList(), exclusions);
            Notification.show(getTranslation("opencall.matching.saved"));
        } catch (ChangedMeanwhile e) {
            Refusals.changedMeanwhile(this, "opencall.changed-elsewhere");
        } catch (Refused problem) {
            Refusals.show(problem, this, this::field);
        }
    }

    private @Nullable HasValidation field(String name) {
        return switch (name) {
            case "topics" -> topics;
            case "suggested" -> suggested;
            case "excluded" -> excluded;
            case "exclusionReason" -> reasonFields.values().stream().filter(f -> f.getValue().isBlank()
                    || f.getValue().length() > MatchingPreferences.REASON_MAX).findFirst()
                    .<HasValidation>map(f -> f).orElse(excluded);
            default -> null;
        };
    }

    @Override
    public String pageHeading() {
        return getTranslation("opencall.matching.title");
    }
}
