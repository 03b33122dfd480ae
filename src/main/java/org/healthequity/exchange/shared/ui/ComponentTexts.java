package org.healthequity.exchange.shared.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker.DateTimePickerI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts Vaadin's components carry themselves ("Upload Files...", "Drop files here", month names, "Today",
 * screen-reader announcements), set from the message bundles in the page's language and the dates in its locale's
 * format and first day of the week. Every such component is created through here: {@code ComponentTexts.of(new
 * Upload(...))}; MessageBundlesTest refuses one created otherwise.
 */
public final class ComponentTexts {

    /** The patterns Vaadin's date picker reads: day, month and year with separators ("dd/MM/yyyy"). */
    private static final Pattern DATE_PATTERN = Pattern.compile("[dMy]+([^dMy]+[dMy]+){2}");
    private static final String ISO_DATE = "yyyy-MM-dd";

    private ComponentTexts() {
    }

    public static Upload of(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "add-one")).setMany(text(upload, "add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "drop-one"))
                .setMany(text(upload, "drop-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(text(upload, "too-many"))
                .setFileIsTooBig(text(upload, "too-big")).setIncorrectFileType(text(upload, "wrong-type")));
        UploadI18N.Uploading uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "connecting"))
                .setStalled(text(upload, "stalled")).setProcessing(text(upload, "processing"))
                .setHeld(text(upload, "held")));
        uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                .setPrefix(text(upload, "remaining") + " ").setUnknown(text(upload, "remaining-unknown")));
        uploading.setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(upload, "server-unavailable"))
                .setUnexpectedServerError(text(upload, "server-error")).setForbidden(text(upload, "forbidden"))
                .setFileTooLarge(text(upload, "too-big")));
        i18n.setUploading(uploading);
        i18n.setFile(new UploadI18N.File().setRetry(text(upload, "retry")).setStart(text(upload, "start"))
                .setRemove(text(upload, "remove")));
        i18n.setUnits(new UploadI18N.Units(Arrays.stream(text(upload, "units").split(",")).map(String::strip)
                .toList()));
        upload.setI18n(i18n);
        return upload;
    }

    public static DatePicker of(DatePicker picker) {
        Locale locale = ViewerTime.locale();
        picker.setLocale(locale);
        picker.setI18n(datePickerI18n(picker, locale));
        return picker;
    }

    public static DateTimePicker of(DateTimePicker picker) {
        Locale locale = ViewerTime.locale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(datePickerI18n(picker, locale));
        picker.setI18n(new DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("component.date-time-picker.date"))
                .setTimeLabel(picker.getTranslation("component.date-time-picker.time"))
                .setBadInputErrorMessage(picker.getTranslation("component.date-time-picker.bad-input"))
                .setIncompleteInputErrorMessage(picker.getTranslation("component.date-time-picker.incomplete")));
        return picker;
    }

    public static <T> MultiSelectComboBox<T> of(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("component.multi-select.cleared"))
                .setFocused(box.getTranslation("component.multi-select.focused"))
                .setSelected(box.getTranslation("component.multi-select.selected"))
                .setDeselected(box.getTranslation("component.multi-select.deselected"))
                // The component counts on the client and fills in {count}; the bundle's {0} marks where.
                .setTotal(box.getTranslation("component.multi-select.total", "{count}")));
        return box;
    }

    /** The application layout's drawer, named for screen readers. */
    public static <T extends AppLayout> T of(T layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("layout.navigation")));
        return layout;
    }

    /**
     * The date format the picker shows and reads: the locale's short numeric date with a four-digit year
     * ("dd/MM/yyyy" in en-GB, "M/d/yyyy" in en-US, "yyyy-MM-dd" in fr-CA), ISO when the locale's is not one the picker
     * understands.
     */
    static String datePattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("[\\u200e\\u200f\\u061c]", "").replaceAll("y+", "yyyy");
        return DATE_PATTERN.matcher(pattern).matches() ? pattern : ISO_DATE;
    }

    private static DatePickerI18n datePickerI18n(Component owner, Locale locale) {
        // Vaadin counts the days of the week from Sunday (0); java.time from Monday (1) to Sunday (7).
        List<DayOfWeek> fromSunday = IntStream.range(0, 7).mapToObj(d -> DayOfWeek.SUNDAY.plus(d)).toList();
        String pattern = datePattern(locale);
        DatePickerI18n i18n = new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(owner.getTranslation("component.date-picker.today"))
                .setCancel(owner.getTranslation("component.date-picker.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("component.date-picker.bad-input"));
        return pattern.equals(ISO_DATE) ? i18n.setDateFormats(pattern) : i18n.setDateFormats(pattern, ISO_DATE);
    }

    private static String text(Component owner, String key) {
        return owner.getTranslation("component.upload." + key);
    }
}
