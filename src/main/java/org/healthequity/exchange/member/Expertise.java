package org.healthequity.exchange.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.modulith.NamedInterface;

/**
 * The controlled vocabulary of areas of expertise: social-determinants themes, the inequality dimensions of
 * PROGRESS-Plus (and HEAT's subnational region), and the 17 SDGs. A code is "THEME:HOUSING", "DIMENSION:EDUCATION"
 * or "SDG:3"; its label is the bundle key {@link #messageKey(String)}.
 */
@NamedInterface("reference")
public final class Expertise {

    public static final List<String> THEMES = List.of("HOUSING", "EMPLOYMENT", "SOCIAL_PROTECTION", "EDUCATION",
            "EARLY_CHILDHOOD", "FOOD_SECURITY", "WATER_SANITATION", "URBAN_PLANNING", "CLIMATE_ENVIRONMENT",
            "UNIVERSAL_HEALTH_COVERAGE", "HEALTH_IN_ALL_POLICIES", "INNOV8");

    public static final List<String> DIMENSIONS = List.of("PLACE_OF_RESIDENCE", "RACE_ETHNICITY", "OCCUPATION",
            "GENDER_SEX", "RELIGION", "EDUCATION", "SOCIOECONOMIC_STATUS", "SOCIAL_CAPITAL", "AGE", "DISABILITY",
            "SEXUAL_ORIENTATION", "SUBNATIONAL_REGION");

    private Expertise() {
    }

    public static List<String> all() {
        List<String> codes = new ArrayList<>();
        THEMES.forEach(t -> codes.add("THEME:" + t));
        DIMENSIONS.forEach(d -> codes.add("DIMENSION:" + d));
        IntStream.rangeClosed(1, 17).forEach(n -> codes.add("SDG:" + n));
        return codes;
    }

    public static boolean isValid(String code) {
        return all().contains(code);
    }

    /** "THEME:HOUSING" → "expertise.theme.housing"; "SDG:3" → "expertise.sdg.3". */
    public static String messageKey(String code) {
        String[] parts = code.split(":", 2);
        return "expertise." + parts[0].toLowerCase(Locale.ROOT) + "."
                + parts[1].toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
