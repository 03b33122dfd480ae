package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.opencall.WordDiff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A text compared word by word: inserted words in {@code <ins>}, deleted ones in {@code <del>}, each opened and closed
 * by a visually hidden label, so that a screen reader says the change and nobody depends on colour.
 */
final class WordChanges extends Paragraph {

    WordChanges(Component owner, List<WordDiff.Run> runs) {
        addClassName("word-changes");
        for (WordDiff.Run run : runs) {
            switch (run.change()) {
                case EQUAL -> add(new Text(run.text()));
                case INSERT -> add(marked(new Inserted(), owner, "opencall.versions.inserted", run.text()));
                case DELETE -> add(marked(new Deleted(), owner, "opencall.versions.deleted", run.text()));
            }
        }
    }

    private static HtmlContainer marked(HtmlContainer change, Component owner, String key, String text) {
        change.add(hidden(owner.getTranslation(key) + " "), new Text(text),
                hidden(" " + owner.getTranslation(key + "-end")));
        return change;
    }

    private static Span hidden(String text) {
        Span label = new Span(text);
        label.addClassName("visually-hidden");
        return label;
    }

    @Tag("ins")
    static final class Inserted extends HtmlContainer {
    }

    @Tag("del")
    static final class Deleted extends HtmlContainer {
    }
}
