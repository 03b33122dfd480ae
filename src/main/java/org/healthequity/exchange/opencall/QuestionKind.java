package org.healthequity.exchange.opencall;

/** The kinds of question an application form can ask. */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, FILE;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
