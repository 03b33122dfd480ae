package org.healthequity.exchange.webinar;

/** Length limits shared by the entity, the form and the migration. */
public final class WebinarLimits {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int MATERIALS_MAX = 10_000;
    public static final int URL_MAX = 500;
    public static final int AGENDA_TITLE_MAX = 200;
    public static final int SPEAKER_NAME_MAX = 120;
    public static final int CAPACITY_MAX = 100_000;
    public static final int OCCURRENCES_MAX = 24;

    private WebinarLimits() {
    }
}
