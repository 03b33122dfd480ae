package org.healthequity.exchange.shared.files;

/**
 * A file recognised as an accepted kind but refused because reading it would cost the server more than the limits of
 * {@link UploadLimits} allow, or because it is damaged. Each module turns it into its own refusal with
 * {@link #messageKey()}, so the reason appears next to the upload.
 */
public class FileRefused extends RuntimeException {

    /** Why a file was refused, each with the bundle key of the message a person reads. */
    public enum Reason {
        TOO_MANY_PIXELS("file.refused.too-many-pixels"),
        IMAGE_DAMAGED("file.refused.image-damaged"),
        TOO_MANY_PARTS("file.refused.too-many-parts"),
        INFLATES_TOO_MUCH("file.refused.inflates-too-much"),
        PDF_TOO_COMPLEX("file.refused.pdf-too-complex"),
        BUSY("file.refused.busy");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public FileRefused(Reason reason) {
        super(reason.messageKey());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
