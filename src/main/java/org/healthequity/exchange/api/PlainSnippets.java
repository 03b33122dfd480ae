package org.healthequity.exchange.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search snippets as plain text for machines: the search gives escaped text in which only {@code <mark>} elements mark
 * the matched words; the marks are dropped and the escapes undone, so a client never meets markup it must trust.
 */
final class PlainSnippets {

    private static final Pattern MARK = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

    private PlainSnippets() {
    }

    static String plain(String snippetHtml) {
        Matcher entity = ENTITY.matcher(MARK.matcher(snippetHtml).replaceAll(""));
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name);
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        entity.appendTail(text);
        return text.toString();
    }

    private static String codePoint(String reference) {
        int code = reference.startsWith("#x") ? Integer.parseInt(reference.substring(2), 16)
                : Integer.parseInt(reference.substring(1));
        return Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD";
    }
}
