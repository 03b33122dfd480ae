/** Database plumbing: the embedded PostgreSQL of the default run, outage detection and SQL LIKE escaping. */
@NullMarked
package org.healthequity.exchange.shared.db;

import org.jspecify.annotations.NullMarked;
