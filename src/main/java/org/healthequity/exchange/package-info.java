/**
 * Health Equity Exchange: the collaboration portal of the Global Knowledge Network for Health Equity and the Health
 * Inequality Monitoring Network. Each direct sub-package is a Spring Modulith module.
 */
@NullMarked
package org.healthequity.exchange;

import org.jspecify.annotations.NullMarked;
