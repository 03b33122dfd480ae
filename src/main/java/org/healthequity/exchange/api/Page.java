package org.healthequity.exchange.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list.
 *
 * @param next the cursor of the next page, absent on the last one
 */
record Page<T>(List<T> items, @Nullable String next) {
}
