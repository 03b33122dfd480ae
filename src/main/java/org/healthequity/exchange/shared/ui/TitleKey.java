package org.healthequity.exchange.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bundle key of a page's heading in the browser's title bar, read by {@link TitledPage}. Inherited, so that a
 * proxy of the view still carries it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TitleKey {

    /** The message key, for example {@code "nav.members"}. */
    String value();
}
