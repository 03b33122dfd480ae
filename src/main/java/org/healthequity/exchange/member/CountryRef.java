package org.healthequity.exchange.member;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** A WHO Member State with its name in the viewer's language and its WHO region code. */
@NamedInterface("reference")
public record CountryRef(String iso2, String region, String name) {

    /** The bundle key naming a WHO region ("AFR" → "region.afr"). */
    public static String regionMessageKey(String region) {
        return "region." + region.toLowerCase(Locale.ROOT);
    }
}
