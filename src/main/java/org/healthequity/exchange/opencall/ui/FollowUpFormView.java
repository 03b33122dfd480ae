package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.FollowUpDefaults;
import org.healthequity.exchange.opencall.FollowUpForm;
import org.healthequity.exchange.opencall.FollowUps;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A call's follow-up form for the secretariat (ADR 0034): the questions a newly accepted institution answers, built
 * with the application form's question dialog and starting from the default questions. Frozen once a follow-up is
 * sent; a save that meets a newer version keeps the questions as edited.
 */
@Route("admin/calls/:id/follow-up")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class FollowUpFormView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final FollowUps followUps;
    private final ItemList<Question> questions;
    private long callId;
    private long version;
    private String title = "";

    public FollowUpFormView(FollowUps followUps) {
        this.followUps = followUps;
        this.questions = DefinitionLists.questions(Language.of(getLocale()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        FollowUpForm form;
        try {
            form = RouteIds.id(event).map(followUps::form).orElse(null);
        } catch (Refused notFound) {
            form = null;
        }
        if (form == null) {
            title = getTranslation("error.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("opencall.admin.call-not-found")),
                    new Anchor("admin/calls", getTranslation("opencall.admin.back")));
            return;
        }
        callId = form.callId();
        version = form.version();
        title = getTranslation("opencall.follow-up.form-title", form.callTitle());
        questions.setValue(form.version() == 0 ? FollowUpDefaults.questions() : form.questions());
        questions.setReadOnly(!form.editable());
        add(new H1(title), new Paragraph(getTranslation(form.editable() ? "opencall.follow-up.form-intro"
                : "opencall.problem.follow-up-form-frozen")), questions);
        if (form.editable()) {
            Button save = new Button(getTranslation("opencall.follow-up.save-form"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        add(new Anchor("admin/calls/" + callId + "/applications", getTranslation("opencall.follow-up.back")));
    }

    private void save() {
        questions.setInvalid(false);
        try {
            List<Question> edited = questions.getValue();
            version = followUps.saveForm(callId, version, edited);
            CallLabels.done(this, "opencall.follow-up.form-saved");
        } catch (ChangedMeanwhile e) {
            Refusals.changedMeanwhile(this, "opencall.changed-elsewhere");
        } catch (Refused problem) {
            Refusals.show(problem, this, this::field);
        }
    }

    private @Nullable HasValidation field(String name) {
        return "questions".equals(name) ? questions : null;
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
