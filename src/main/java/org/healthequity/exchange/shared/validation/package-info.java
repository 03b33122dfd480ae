/**
 * The one way a service refuses input ({@link org.healthequity.exchange.shared.validation.Refused}, field by field)
 * or a save that lost a race ({@link org.healthequity.exchange.shared.validation.ChangedMeanwhile}); views show both
 * through {@code shared.ui.Refusals}.
 */
@NullMarked
package org.healthequity.exchange.shared.validation;

import org.jspecify.annotations.NullMarked;
