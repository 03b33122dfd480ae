package org.healthequity.exchange.shared.ui;

import java.util.Locale;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasElement;

/**
 * Marks content written in its own language (a case study, a webinar's title, a search hit) so that screen readers
 * speak it with the right voice and Arabic reads right to left inside a left-to-right page and the other way round
 * (WCAG 3.1.2): {@code lang} from the language stored with the content, {@code dir} from it. Text whose language is
 * not known (what members write in posts and discussions) gets {@code dir="auto"}: the browser takes the direction
 * from its first strong letter.
 */
public final class ContentLanguage {

    private ContentLanguage() {
    }

    /** Marks {@code component} as written in the language of {@code code}; unknown when {@code code} is blank. */
    public static <T extends HasElement> T of(T component, @Nullable String code) {
        String lang = lang(code);
        if (lang.isEmpty()) {
            return unknown(component);
        }
        component.getElement().setAttribute("lang", lang).setAttribute("dir", dir(code));
        return component;
    }

    /** Marks {@code component} as text in a language nobody recorded: its direction follows its first letters. */
    public static <T extends HasElement> T unknown(T component) {
        component.getElement().removeAttribute("lang").setAttribute("dir", "auto");
        return component;
    }

    /** The value of {@code lang} for the content's language code (a BCP 47 tag, lower case), empty when unknown. */
    public static String lang(@Nullable String code) {
        return code == null || code.isBlank() ? "" : code.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** {@code dir}: {@code rtl} for Arabic, {@code ltr} for the other known languages, else {@code auto}. */
    public static String dir(@Nullable String code) {
        if (lang(code).isEmpty()) {
            return "auto";
        }
        return Language.ofCode(code).map(language -> language.rightToLeft() ? "rtl" : "ltr").orElse("auto");
    }
}
