/**
 * Scheduled work on several nodes: the lock that lets a job run on one node at a time (ShedLock on the database) and
 * the one job that resubmits unfinished event publications. See docs/adr/0013-jobs-on-several-nodes.md.
 */
@NullMarked
package org.healthequity.exchange.shared.jobs;

import org.jspecify.annotations.NullMarked;
