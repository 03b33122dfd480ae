package org.healthequity.exchange.opencall.ui;

import com.vaadin.flow.component.customfield.CustomField;

/**
 * A part of the call's configuration edited as one value (the eligibility, a list of questions or criteria, the
 * attachment rules), so that a binder binds it by its record component's name and a refusal of it lands next to it.
 * A part may be refused for several reasons at once; while it is marked, a further message is added to the shown ones.
 */
abstract class SectionField<T> extends CustomField<T> {

    private boolean presenting;

    /** Shows a value in the part's fields. */
    protected abstract void present(T value);

    @Override
    protected final void setPresentationValue(T value) {
        presenting = true;
        try {
            present(value);
        } finally {
            presenting = false;
        }
    }

    /** A field of the part changed: the part's value follows, unless the change is the part showing a value. */
    protected void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        String shown = getErrorMessage();
        boolean adding = isInvalid() && shown != null && !shown.isBlank() && errorMessage != null
                && !errorMessage.isBlank() && !shown.contains(errorMessage);
        super.setErrorMessage(adding ? shown + " " + errorMessage : errorMessage);
    }
}
