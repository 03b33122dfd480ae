package org.healthequity.exchange.opencall;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application's answers by question key: the text of a text question, the chosen option keys of a choice question.
 * File questions are answered by the application's files.
 */
public record Answers(Map<String, List<String>> values) {

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((key, list) -> {
            List<String> kept = list.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!kept.isEmpty()) {
                copy.put(key, kept);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public String text(String question) {
        List<String> list = values.get(question);
        return list == null ? "" : String.join("\n", list);
    }

    public List<String> choices(String question) {
        return values.getOrDefault(question, List.of());
    }

    public Answers with(String question, List<String> answer) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.put(question, answer);
        return new Answers(copy);
    }

    /** Words as a reader counts them: runs of letters and digits (a Chinese or Japanese character counts as one). */
    public static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (cp != '\'' && cp != '’' && cp != '-') {
                inWord = false;
            }
        }
        return count;
    }
}
