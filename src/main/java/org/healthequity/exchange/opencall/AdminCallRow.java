package org.healthequity.exchange.opencall;

/** A call in the secretariat's list, with its applications counted by stage. */
public record AdminCallRow(CallSummary call, long drafts, long submitted, long decided) {
}
