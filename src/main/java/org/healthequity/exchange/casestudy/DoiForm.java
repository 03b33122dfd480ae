package org.healthequity.exchange.casestudy;

/** What the secretariat types as a case study's DOI; blank removes it. */
public record DoiForm(String doi) {
}
