/** Uploaded files: recognised by their content, stored under generated names, removed again on rollback. */
@NullMarked
package org.healthequity.exchange.shared.files;

import org.jspecify.annotations.NullMarked;
