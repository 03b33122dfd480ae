package org.healthequity.exchange.consultation.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.healthequity.exchange.consultation.AttachmentLink;
import org.healthequity.exchange.consultation.AttachmentUpload;
import org.healthequity.exchange.consultation.ConsultationLimits;
import org.healthequity.exchange.consultation.ConsultationModeration;
import org.healthequity.exchange.consultation.ConsultationPage;
import org.healthequity.exchange.consultation.Consultations;
import org.healthequity.exchange.consultation.ContributionView;
import org.healthequity.exchange.consultation.SubQuestionView;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.FileDownload;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The contributions threaded by sub-question (the question as a whole first), each with its replies; a participant
 * replies and contributes while the consultation is open, a moderator tags contributions with themes.
 */
class ContributionsPanel extends Section {

    private static final String[] ACCEPTED = {"application/pdf", ".pdf", ".docx", "image/png", ".png", "image/jpeg",
        ".jpg", ".jpeg"};

    private final Consultations consultations;
    private final ConsultationModeration moderation;
    private final ConsultationPage page;
    private final SerializableRunnable changed;

    ContributionsPanel(Consultations consultations, ConsultationModeration moderation, ConsultationPage page,
            SerializableRunnable changed) {
        this.consultations = consultations;
        this.moderation = moderation;
        this.page = page;
        this.changed = changed;
        add(new H2(getTranslation("consultation.page.contributions")));
        if (page.contributions().isEmpty()) {
            add(new Paragraph(getTranslation("consultation.page.no-contributions")));
        }
        List<@Nullable SubQuestionView> parts = new ArrayList<>();
        parts.add(null);
        parts.addAll(page.subQuestions());
        for (SubQuestionView part : parts) {
            Long partId = part == null ? null : part.id();
            List<ContributionView> here = page.contributions().stream()
                    .filter(c -> Objects.equals(c.subQuestionId(), partId)).toList();
            if (here.isEmpty() && part == null) {
                continue;
            }
            add(new H3(part == null ? getTranslation("consultation.page.main-question")
                    : part.position() + ". " + part.text()));
            here.forEach(c -> add(contribution(c, true)));
        }
        if (page.canContribute()) {
            add(contributeForm());
        }
    }

    private Article contribution(ContributionView c, boolean top) {
        Article article = new Article(new Paragraph(ConsultationLabels.author(this, c.author(), c.participant())
                + " · " + getTranslation("consultation.contribution.posted", ViewerTime.format(c.postedAt()))),
                new Html("<div>" + c.safeHtml() + "</div>"));
        article.setId("contribution-" + c.id());
        for (AttachmentLink file : c.attachments()) {
            article.add(new Anchor(FileDownload.of(() -> consultations.attachment(file.id()).map(f ->
                    new FileDownload.Content(f.fileName(), f.mediaType(), f.content()))),
                    getTranslation("consultation.attachment.download", file.fileName())));
        }
        if (!c.themes().isEmpty()) {
            article.add(new Paragraph(getTranslation("consultation.contribution.themes", String.join(", ",
                    c.themes().stream().map(this::theme).toList()))));
        }
        Div actions = new Div();
        if (top && page.canContribute()) {
            actions.add(new Button(getTranslation("consultation.reply.post"), e -> {
                e.getSource().setVisible(false);
                article.add(replyForm(c.id()));
            }));
        }
        if (page.canModerate()) {
            actions.add(new Button(getTranslation("consultation.tag.themes"), e -> {
                e.getSource().setVisible(false);
                article.add(tagForm(c));
            }));
        }
        article.add(actions);
        Div replies = new Div();
        replies.addClassName("consultation-replies");
        c.replies().forEach(r -> replies.add(contribution(r, false)));
        article.add(replies);
        return article;
    }

    private Div replyForm(long contributionId) {
        TextArea body = new TextArea(getTranslation("consultation.reply.body"));
        body.setMaxLength(ConsultationLimits.CONTRIBUTION);
        body.setWidthFull();
        Button post = new Button(getTranslation("consultation.reply.post"), e -> attempt(body,
                () -> consultations.reply(contributionId, body.getValue())));
        return new Div(body, post);
    }

    private Div tagForm(ContributionView c) {
        MultiSelectComboBox<String> themes = ComponentTexts.of(new MultiSelectComboBox<String>(
                getTranslation("consultation.tag.themes")));
        themes.setItems(Expertise.THEMES);
        themes.setItemLabelGenerator(this::theme);
        themes.setValue(new HashSet<>(c.themes()));
        Button save = new Button(getTranslation("consultation.tag.save"), e -> {
            try {
                moderation.tag(c.id(), themes.getValue());
                Notification.show(getTranslation("consultation.tag.saved"));
                changed.run();
            } catch (Refused refused) {
                Refusals.show(refused, this, field -> themes);
            }
        });
        return new Div(themes, save);
    }

    private Div contributeForm() {
        Select<Long> where = new Select<>();
        where.setLabel(getTranslation("consultation.contribute.where"));
        List<Long> options = new ArrayList<>();
        options.add(0L);
        page.subQuestions().forEach(q -> options.add(q.id()));
        where.setItems(options);
        where.setItemLabelGenerator(id -> id == 0L ? getTranslation("consultation.page.main-question")
                : page.subQuestions().stream().filter(q -> q.id() == id).map(q -> q.position() + ". " + q.text())
                        .findFirst().orElse(""));
        where.setValue(0L);
        TextArea body = new TextArea(getTranslation("consultation.contribute.body"));
        body.setMaxLength(ConsultationLimits.CONTRIBUTION);
        body.setWidthFull();
        AttachmentUpload[] attached = new AttachmentUpload[1];
        Upload upload = ComponentTexts.of(new Upload(new LimitedUpload(ConsultationLimits.ATTACHMENT_BYTES,
                (LimitedUpload.NamedUpload) (name, bytes) -> attached[0] = new AttachmentUpload(name, bytes),
                () -> Notification.show(getTranslation("consultation.attachment.too-large")))));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFiles(1);
        upload.getElement().setAttribute("aria-label", getTranslation("consultation.attachment.label"));
        Button post = new Button(getTranslation("consultation.contribute.post"), e -> attempt(body,
                () -> consultations.contribute(page.id(), where.getValue() == null || where.getValue() == 0L ? null
                        : where.getValue(), body.getValue(), attached[0])));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H3(getTranslation("consultation.contribute.post")), where, body,
                new Paragraph(getTranslation("consultation.attachment.label")), upload, post);
    }

    private void attempt(TextArea body, Runnable step) {
        try {
            step.run();
            Notification.show(getTranslation("consultation.contribute.posted"));
            changed.run();
        } catch (Refused refused) {
            Refusals.show(refused, this, field -> "attachment".equals(field) ? null : body);
        }
    }

    private String theme(String code) {
        return getTranslation(Expertise.messageKey("THEME:" + code));
    }
}
