/**
 * What the operator sees: the health checks on the public port, metrics for Prometheus on the management port, and a
 * shutdown that lets the load balancer drain the node first (docs/operations.md).
 */
@NullMarked
package org.healthequity.exchange.shared.operations;

import org.jspecify.annotations.NullMarked;
