package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.ProfileService;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;

/** The profile's photo: upload (checked and stored at once), its visibility, removal; a refusal shows beside it. */
class ProfilePhotoSection extends VerticalLayout {

    private final ProfileService profiles;
    private final Paragraph photoProblem = new Paragraph();

    ProfilePhotoSection(ProfileService profiles, Select<Visibility> photoVisibility) {
        this.profiles = profiles;
        setPadding(false);
        Upload upload = ComponentTexts.of(new Upload(new LimitedUpload(ProfileService.PHOTO_MAX_BYTES,
                this::photoUploaded, () -> showPhotoProblem("profile.photo.too-large"))));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(ProfileService.PHOTO_MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showPhotoProblem("profile.photo.too-large"));
        photoProblem.setVisible(false);
        photoProblem.addClassName("field-error");
        photoProblem.getElement().setAttribute("role", "alert");
        Button remove = new Button(getTranslation("profile.photo.remove"), e -> {
            profiles.removeMyPhoto();
            Notification.show(getTranslation("profile.saved"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("profile.photo.hint")), upload, photoProblem, photoVisibility, remove);
    }

    /** Checks and stores an uploaded photo; a refusal is shown next to the upload with its reason. */
    void photoUploaded(byte[] bytes) {
        try {
            profiles.setMyPhoto(bytes);
            photoProblem.setVisible(false);
            Notification.show(getTranslation("profile.photo.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Refused problem) {
            showPhotoProblem(problem.messageKey());
        }
    }

    private void showPhotoProblem(String key) {
        photoProblem.setText(getTranslation(key));
        photoProblem.setVisible(true);
    }
}
