package org.healthequity.exchange.consultation;

/** Lengths and counts stated once, for the service, the forms ({@code setMaxLength}) and the migration (V175). */
public final class ConsultationLimits {

    public static final int TITLE = 200;
    public static final int QUESTION = 2000;
    public static final int BACKGROUND = 20000;
    public static final int SUB_QUESTION = 500;
    public static final int SUB_QUESTIONS = 10;
    public static final int INVITEES = 200;
    public static final int CONTRIBUTION = 10000;
    public static final int SUMMARY = 20000;
    public static final int SYNTHESIS = 40000;
    public static final int ATTACHMENT_BYTES = 10 * 1024 * 1024;
    public static final int FILE_NAME = 200;

    private ConsultationLimits() {
    }
}
