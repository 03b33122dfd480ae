package org.healthequity.exchange.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking at the characters around a position: a sentence ends after a
 * line break (a body's sections are separated by blank lines), after a Chinese full stop, question or exclamation
 * mark, or after {@code . ! ? …} or an Arabic question mark or full stop followed by white space (the boundary then
 * sits after that space, where the next sentence starts). It gives the snippets the sentences the JDK's rule-based
 * iterator gives for the texts of this portal, at a fraction of its cost: the highlighter asks for the sentence around
 * every occurrence of a searched word, and a common word occurs dozens of times in a long case study.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return following(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int at = offset + 1;
        while (at < text.length() && !boundary(at)) {
            at++;
        }
        current = Math.min(at, text.length());
        return offset >= text.length() ? DONE : current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int at = offset - 1;
        while (at > 0 && !boundary(at)) {
            at--;
        }
        current = Math.max(at, 0);
        return offset <= 0 ? DONE : current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        current = offset;
        return offset == 0 || offset == text.length() || boundary(offset);
    }

    /** Whether a sentence starts at {@code at} (0 < at < length). */
    private boolean boundary(int at) {
        char before = text.charAt(at - 1);
        if (before == '\n' || before == '\u2029' || before == '\u3002' || before == '\uff01' || before == '\uff1f') {
            return true;
        }
        if (!Character.isWhitespace(before) || Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        int end = at - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        char last = text.charAt(end);
        return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == '\u061f' || last == '\u06d4';
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = (SentenceBreaks) super.clone();
        copy.text = text;
        copy.current = current;
        return copy;
    }
}
