package org.healthequity.exchange.newsletter.ui;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.newsletter.EditableNewsletter;
import org.healthequity.exchange.newsletter.NewsletterForm;
import org.healthequity.exchange.newsletter.Newsletters;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Composing a newsletter ({@code /admin/newsletters/new}) or editing one: its versions, its audience with the live
 * count, a preview per language exactly as recipients read it (also as a test mail to oneself), and sending now or
 * at a time. A step that loses a race
 * says so and keeps what was typed.
 */
@Route("admin/newsletters/:id")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
@TitleKey("newsletter.editor.title")
public class NewsletterEditorView extends VerticalLayout implements TitledPage, BeforeEnterObserver {

    private final Newsletters newsletters;
    private final TextsEditor texts = new TextsEditor();
    private final AudienceFields audience;
    private final SendingPanel sending;
    private final Button save = new Button();
    private final HorizontalLayout actions = new HorizontalLayout();
    private @Nullable EditableNewsletter loaded;

    public NewsletterEditorView(Newsletters newsletters, Countries countries) {
        this.newsletters = newsletters;
        this.audience = new AudienceFields(countries, Language.of(getLocale()), newsletters::audienceSize);
        this.sending = new SendingPanel(new SendingPanel.Steps() {
            @Override
            public void sendNow() {
                saveThen(n -> newsletters.sendNow(n.id(), n.version()));
            }

            @Override
            public void schedule(Instant at) {
                saveThen(n -> newsletters.schedule(n.id(), n.version(), at));
            }

            @Override
            public void unschedule() {
                attempt(() -> newsletters.unschedule(current().id(), current().version()));
            }

            @Override
            public void stop() {
                attempt(() -> newsletters.stop(current().id(), current().version()));
            }
        }, reach -> reach.accept(newsletters.audienceSize(audience.getValue())));
        save.setText(getTranslation("newsletter.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveThen(n -> n));
        Select<Language> previewLanguage = new Select<>();
        previewLanguage.setLabel(getTranslation("newsletter.preview.language"));
        previewLanguage.setItems(Language.values());
        previewLanguage.setItemLabelGenerator(Language::nativeName);
        previewLanguage.setValue(Language.ENGLISH);
        Button preview = new Button(getTranslation("newsletter.preview.show"), e -> preview(previewLanguage.getValue()));
        Button test = new Button(getTranslation("newsletter.test.send"), e -> sendTest(previewLanguage.getValue()));
        actions.add(save, previewLanguage, preview, test);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        addClassName("narrow-view");
        add(new H1(getTranslation("newsletter.editor.title")), texts,
                new H2(getTranslation("newsletter.audience.title")), audience, actions, sending);
    }

    /** The address of the editor of a newsletter (or {@code "new"}). */
    static String address(String id) {
        return "admin/newsletters/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if (id.equals("new")) {
            // The router may hand this page from an edited newsletter to a new one: forget the one loaded.
            loaded = null;
            texts.setValue(new NewsletterForm(List.of(), AudienceFilter.everyone()));
            audience.setValue(AudienceFilter.everyone());
            texts.setReadOnly(false);
            audience.setReadOnly(false);
            save.setVisible(true);
            sending.setVisible(false);
            return;
        }
        try {
            show(newsletters.newsletter(Long.parseLong(id)));
        } catch (NumberFormatException | Refused unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private NewsletterForm form() {
        return new NewsletterForm(texts.getValue(), audience.getValue());
    }

    private EditableNewsletter current() {
        return Objects.requireNonNull(loaded);
    }

    /** Saves what is typed (creating the draft the first time), then takes the step on the saved draft. */
    private void saveThen(UnaryOperator<EditableNewsletter> step) {
        attempt(() -> {
            EditableNewsletter saved = loaded == null ? newsletters.create(form())
                    : loaded.editable() ? newsletters.save(loaded.id(), loaded.version(), form()) : loaded;
            loaded = saved;
            return step.apply(saved);
        });
    }

    private void attempt(Supplier<EditableNewsletter> step) {
        texts.clearMarks();
        boolean first = loaded == null;
        try {
            show(step.get());
            Notification.show(getTranslation("newsletter.editor.saved"));
            if (first) {
                getUI().ifPresent(ui -> ui.navigate(address(String.valueOf(current().id()))));
            }
        } catch (Refused refused) {
            Refusals.show(refused, this, this::field);
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "newsletter.editor.changed-meanwhile");
        }
    }

    private @Nullable HasValidation field(String name) {
        return switch (name) {
            case "audience" -> audience.field();
            case "scheduledAt" -> sending.timeField();
            default -> texts.field(name);
        };
    }

    private void preview(Language language) {
        try {
            PreviewDialog.show(newsletters.preview(form(), language));
        } catch (Refused refused) {
            Refusals.show(refused, this, this::field);
        }
    }

    /** Mails the version shown in that language, as typed, to the signed-in person; nothing else changes. */
    private void sendTest(Language language) {
        try {
            newsletters.sendTest(loaded == null ? null : loaded.id(), form(), language);
            Notification.show(getTranslation("newsletter.test.sent"));
        } catch (Refused refused) {
            Refusals.show(refused, this, this::field);
        }
    }

    private void show(EditableNewsletter newsletter) {
        loaded = newsletter;
        texts.setValue(newsletter.form());
        audience.setValue(newsletter.form().audience());
        texts.setReadOnly(!newsletter.editable());
        audience.setReadOnly(!newsletter.editable());
        save.setVisible(newsletter.editable());
        sending.setVisible(true);
        sending.show(newsletter);
    }
}
