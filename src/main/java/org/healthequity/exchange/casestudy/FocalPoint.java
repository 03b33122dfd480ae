package org.healthequity.exchange.casestudy;

import java.time.Instant;

/** A person the secretariat named to clear case studies for a Member State (its ISO code), ADR 0032. */
public record FocalPoint(long accountId, String name, String country, Instant namedAt) {
}
