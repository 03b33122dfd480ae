package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin's components carry English of their own ("Upload Files...", "Drop files here", month names, "Today"). Every
 * page, opened in French by a member of the secretariat (who sees the most), must have given each such component its
 * texts from the bundles, and show none of Vaadin's English defaults. MessageBundlesTest checks the places that create
 * them.
 */
class ComponentTextsViewTest extends ViewTest {

    /** What Vaadin's components say when nobody set their texts. */
    private static final Set<String> VAADIN_ENGLISH = Set.of("Upload Files...", "Upload File...", "Drop files here",
            "Drop file here", "Today", "Cancel", "Selection cleared", "Drawer");

    @Autowired
    LocaleSupport localeSupport;

    @Autowired
    Translations translations;

    @Autowired
    People people;

    @Test
    void everyPageInFrenchGivesVaadinsComponentsTheirTextsFromTheBundles() {
        // A secretariat member of the test's own: choosing French is remembered in the account.
        String staff = people.withRoles(people.member("Françoise Walker"), Role.MEMBER, Role.SECRETARIAT);
        login(staff);
        navigate("");
        localeSupport.choose(UI.getCurrent(), Language.FRENCH);
        UI.getCurrent().getPage().reload();
        List<String> problems = new ArrayList<>();
        int uploads = 0;
        int dateTimePickers = 0;
        int multiSelects = 0;
        for (String address : AuthorizationMatrixViewTest.sampleAddresses()) {
            navigate(address);
            for (Upload upload : _find(Upload.class)) {
                uploads++;
                if (upload.getI18n() == null || !french("component.upload.add-one")
                        .equals(upload.getI18n().getAddFiles().getOne())) {
                    problems.add(address + ": an upload without its French texts");
                }
            }
            for (DatePicker picker : _find(DatePicker.class)) {
                if (picker.getI18n() == null
                        || !french("component.date-picker.today").equals(picker.getI18n().getToday())) {
                    problems.add(address + ": a date picker without its French texts");
                }
            }
            for (DateTimePicker picker : _find(DateTimePicker.class)) {
                dateTimePickers++;
                if (picker.getDatePickerI18n() == null || picker.getI18n() == null
                        || !picker.getDatePickerI18n().getMonthNames().getFirst().equals("janvier")) {
                    problems.add(address + ": a date and time picker without its French texts");
                }
            }
            for (MultiSelectComboBox<?> box : _find(MultiSelectComboBox.class)) {
                multiSelects++;
                if (box.getI18n() == null
                        || !french("component.multi-select.cleared").equals(box.getI18n().getCleared())) {
                    problems.add(address + ": a multi-select without its French texts");
                }
            }
            for (AppLayout layout : _find(AppLayout.class)) {
                if (layout.getI18n() == null) {
                    problems.add(address + ": the layout's drawer without its French name");
                }
            }
            UI.getCurrent().getChildren().forEach(c -> englishDefaults(address, c.getElement(), problems));
        }
        assertThat(problems).isEmpty();
        // The walk met each kind of component, so that a page losing its texts would have been caught.
        assertThat(uploads).isPositive();
        assertThat(dateTimePickers).isPositive();
        assertThat(multiSelects).isPositive();
    }

    @Test
    void aDatePickerShowsTheRegionsFormatAndFirstDayOfTheWeek() {
        navigate("");
        UI.getCurrent().setLocale(Language.ENGLISH.formattingLocale("GB"));
        DatePicker british = ComponentTexts.of(new DatePicker());
        assertThat(british.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(british.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(british.getI18n().getToday()).isEqualTo("Today");

        UI.getCurrent().setLocale(Language.ENGLISH.formattingLocale("US"));
        DatePicker american = ComponentTexts.of(new DatePicker());
        assertThat(american.getI18n().getDateFormats()).first().isEqualTo("M/d/yyyy");
        assertThat(american.getI18n().getFirstDayOfWeek()).isZero();

        UI.getCurrent().setLocale(Language.ARABIC.formattingLocale("EG"));
        DatePicker egyptian = ComponentTexts.of(new DatePicker());
        assertThat(egyptian.getI18n().getDateFormats()).first().isEqualTo("d/M/yyyy");
        assertThat(egyptian.getI18n().getFirstDayOfWeek()).isEqualTo(6);
        assertThat(egyptian.getI18n().getMonthNames().getFirst()).isEqualTo("يناير");
        assertThat(egyptian.getI18n().getToday()).isEqualTo(translations.get("component.date-picker.today",
                Language.ARABIC));
        assertThat(ComponentTexts.datePattern(Language.FRENCH.formattingLocale("CA"))).isEqualTo("yyyy-MM-dd");
        assertThat(ComponentTexts.datePattern(Language.CHINESE.formattingLocale(null))).isEqualTo("yyyy/M/d");
        assertThat(egyptian.getLocale()).isEqualTo(Language.ARABIC.formattingLocale("EG"));
    }

    private String french(String key) {
        return translations.get(key, Language.FRENCH);
    }

    /** Vaadin's English defaults in any text, label or attribute of the page. */
    private static void englishDefaults(String address, Element element, List<String> problems) {
        List<String> shown = new ArrayList<>();
        shown.add(element.isTextNode() ? element.getText() : "");
        for (String attribute : List.of("aria-label", "title", "placeholder")) {
            shown.add(element.getAttribute(attribute));
        }
        shown.add(element.getProperty("label"));
        shown.stream().filter(text -> text != null && VAADIN_ENGLISH.contains(text.strip()))
                .forEach(text -> problems.add(address + ": Vaadin's English \"" + text + "\" on <" + element.getTag()
                        + ">"));
        element.getChildren().forEach(child -> englishDefaults(address, child, problems));
    }
}
