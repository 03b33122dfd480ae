package org.healthequity.exchange.opencall;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level comparison of two texts: runs of equal, deleted and inserted text that, read in order, give the old text
 * (equal and deleted runs) and the new one (equal and inserted runs). Words are found by Unicode word boundaries
 * ({@link BreakIterator}), so Arabic and Cyrillic words compare whole; Chinese and Japanese text, written without
 * spaces, compares character by character.
 */
public final class WordDiff {

    /** Beyond this many token pairs (after the common start and end) the middle is shown as replaced whole. */
    static final long LIMIT = 4_000_000;

    public enum Change {
        EQUAL, DELETE, INSERT
    }

    public record Run(Change change, String text) {
    }

    private WordDiff() {
    }

    public static List<Run> diff(String before, String after, Locale locale) {
        List<String> a = tokens(before, locale);
        List<String> b = tokens(after, locale);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        Runs runs = new Runs();
        a.subList(0, start).forEach(t -> runs.add(Change.EQUAL, t));
        middle(a.subList(start, endA), b.subList(start, endB), runs);
        a.subList(endA, a.size()).forEach(t -> runs.add(Change.EQUAL, t));
        return runs.list;
    }

    /** The text cut at word boundaries (spaces and punctuation are tokens too); ideographs one by one. */
    static List<String> tokens(String text, Locale locale) {
        List<String> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String token = text.substring(start, end);
            if (token.codePoints().anyMatch(WordDiff::writtenWithoutSpaces)) {
                token.codePoints().forEach(c -> tokens.add(Character.toString(c)));
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static boolean writtenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return Character.isIdeographic(codePoint) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** The longest common subsequence of tokens, walked from the start: deletions before insertions. */
    private static void middle(List<String> a, List<String> b, Runs runs) {
        if ((long) a.size() * b.size() > LIMIT) {
            a.forEach(t -> runs.add(Change.DELETE, t));
            b.forEach(t -> runs.add(Change.INSERT, t));
            return;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                runs.add(Change.EQUAL, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                runs.add(Change.DELETE, a.get(i++));
            } else {
                runs.add(Change.INSERT, b.get(j++));
            }
        }
        a.subList(i, a.size()).forEach(t -> runs.add(Change.DELETE, t));
        b.subList(j, b.size()).forEach(t -> runs.add(Change.INSERT, t));
    }

    /** Runs with neighbours of the same change merged. */
    private static final class Runs {

        private final List<Run> list = new ArrayList<>();

        void add(Change change, String text) {
            if (!list.isEmpty() && list.getLast().change() == change) {
                list.set(list.size() - 1, new Run(change, list.getLast().text() + text));
            } else {
                list.add(new Run(change, text));
            }
        }
    }
}
