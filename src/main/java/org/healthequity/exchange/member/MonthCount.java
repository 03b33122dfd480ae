package org.healthequity.exchange.member;

import java.time.YearMonth;

import org.springframework.modulith.NamedInterface;

/** A count in one month of one series (a network, a status, a kind of activity), for the charts over time. */
@NamedInterface("reference")
public record MonthCount(YearMonth month, String series, long count) {
}
