package org.healthequity.exchange.member;

/** An institution to pick in a form. */
public record InstitutionRef(long id, String name, String country) {
}
