/** The library, a case study's page, the editor, its versions and an author's own list. */
@NullMarked
package org.healthequity.exchange.casestudy.ui;

import org.jspecify.annotations.NullMarked;
