package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * British and American spellings of a word become one term before stemming, at index and query time, so that
 * "hospitalisation" finds "hospitalization" and the other way round (WHO writes British English, many members do
 * not). The regular families (-ise/-ize with -isation, -iser; -yse/-yze; -our/-or; -tre/-ter, -bre/-ber) are rules;
 * words that only look like a family member ("our", "more", "sure", "wise", "promise", "contour", "genre") are left
 * alone, by rule (a stem too short, a vowel or -v before -ise) or by name. Irregular pairs are listed.
 */
final class EnglishSpelling {

    private static final Map<String, String> LISTED = Map.ofEntries(
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("defence", "defense"), Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("ageing", "aging"), Map.entry("grey", "gray"), Map.entry("mould", "mold"),
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("sceptical", "skeptical"), Map.entry("fulfil", "fulfill"), Map.entry("fulfils", "fulfills"),
            Map.entry("fulfilment", "fulfillment"), Map.entry("enrol", "enroll"), Map.entry("enrols", "enrolls"),
            Map.entry("enrolment", "enrollment"), Map.entry("enrolments", "enrollments"),
            Map.entry("counselling", "counseling"), Map.entry("counselled", "counseled"),
            Map.entry("counsellor", "counselor"), Map.entry("counsellors", "counselors"),
            Map.entry("travelling", "traveling"), Map.entry("travelled", "traveled"),
            Map.entry("traveller", "traveler"), Map.entry("travellers", "travelers"),
            Map.entry("labelled", "labeled"), Map.entry("labelling", "labeling"),
            Map.entry("modelling", "modeling"), Map.entry("modelled", "modeled"),
            Map.entry("cancelled", "canceled"), Map.entry("cancelling", "canceling"),
            Map.entry("paediatric", "pediatric"), Map.entry("paediatrics", "pediatrics"),
            Map.entry("paediatrician", "pediatrician"), Map.entry("paediatricians", "pediatricians"),
            Map.entry("anaemia", "anemia"), Map.entry("anaemic", "anemic"), Map.entry("haemoglobin", "hemoglobin"),
            Map.entry("haemorrhage", "hemorrhage"), Map.entry("diarrhoea", "diarrhea"), Map.entry("oedema", "edema"),
            Map.entry("oestrogen", "estrogen"), Map.entry("foetus", "fetus"), Map.entry("foetal", "fetal"),
            Map.entry("orthopaedic", "orthopedic"), Map.entry("gynaecology", "gynecology"),
            Map.entry("leukaemia", "leukemia"), Map.entry("anaesthesia", "anesthesia"),
            Map.entry("anaesthetic", "anesthetic"));

    private static final Pattern OUR = Pattern.compile(
            "([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|al|ally|er|ers|ful|fully|less|hood|hoods|ist|ists)?");
    private static final Pattern ISE = Pattern.compile(
            "([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able)");
    private static final Pattern YSE = Pattern.compile("([a-z]+l)ys(e|ed|ing|er|ers)");
    private static final Pattern TRE = Pattern.compile("([a-z]{2,}[bt])re(s)?");

    /** Words ending in -our that are no British spelling of an -or word. */
    private static final Set<String> NOT_OUR = Set.of("contour", "detour", "devour", "troubadour", "velour",
            "paramour", "glamour", "tambour", "pompadour", "flour", "scour", "amour");
    /** Words ending in -ise that are spelt so in American English too. */
    private static final Set<String> NOT_ISE = Set.of("expertise", "franchise", "merchandise", "paradise",
            "treatise", "advertise", "despise", "chastise", "mortise", "premise", "demise", "promise", "compromise",
            "surmise", "chemise", "valise", "anise", "turquoise");
    /** Words ending in -tre or -bre that are no British spelling of -ter or -ber (or French words). */
    private static final Set<String> NOT_RE = Set.of("timbre", "macabre", "louvre", "entre", "contre", "notre",
            "votre", "autre", "outre", "lettre", "titre", "ombre");

    private EnglishSpelling() {
    }

    /** The American spelling of a lower-case word, or the word itself. */
    static String american(String word) {
        String listed = LISTED.get(word);
        if (listed != null) {
            return listed;
        }
        Matcher our = OUR.matcher(word);
        if (our.matches() && !NOT_OUR.contains(our.group(1) + "our")) {
            return our.group(1) + "or" + suffix(our, 2);
        }
        Matcher ise = ISE.matcher(word);
        if (ise.matches() && izes(ise.group(1))) {
            return ise.group(1) + "iz" + ise.group(2);
        }
        Matcher yse = YSE.matcher(word);
        if (yse.matches()) {
            return yse.group(1) + "yz" + yse.group(2);
        }
        Matcher re = TRE.matcher(word);
        if (re.matches() && !NOT_RE.contains(re.group(1) + "re")) {
            return re.group(1) + "er" + suffix(re, 2);
        }
        return word;
    }

    /**
     * Whether a stem takes -ize in American English: not after a vowel (noise, raise, cruise), -v (advise, revise),
     * -c (exercise, precise) or a consonant and r (surprise, enterprise, sunrise), and not a listed word.
     */
    private static boolean izes(String stem) {
        char last = stem.charAt(stem.length() - 1);
        char before = stem.charAt(stem.length() - 2);
        boolean consonantR = last == 'r' && "aeiou".indexOf(before) < 0;
        return "aeiouvcw".indexOf(last) < 0 && !consonantR && !NOT_ISE.contains(stem + "ise");
    }

    private static String suffix(Matcher matcher, int group) {
        String suffix = matcher.group(group);
        return suffix == null ? "" : suffix;
    }

    /** Replaces each term by its American spelling. */
    static final class Filter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            String american = american(word);
            if (!american.equals(word)) {
                term.setEmpty().append(american);
            }
            return true;
        }
    }

    /** Lucene's English analyser (possessives, lower case, stop words, Porter) with the spellings made one. */
    static final class Analyzer extends StopwordAnalyzerBase {

        Analyzer() {
            super(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, stopwords);
            result = new Filter(result);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
