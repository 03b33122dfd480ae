/** The six languages: the person's choice of language, locales and message-bundle look-ups. */
@NullMarked
package org.healthequity.exchange.shared.i18n;

import org.jspecify.annotations.NullMarked;
