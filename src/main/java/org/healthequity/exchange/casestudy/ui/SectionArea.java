package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.CaseStudyLimits;
import org.healthequity.exchange.casestudy.CaseStudyTemplate;

import com.vaadin.flow.component.textfield.TextArea;

/** One long text of the case-study template, labelled, limited and marked required as the template says. */
class SectionArea extends TextArea {

    SectionArea(CaseStudyTemplate.Section section) {
        setLabel(getTranslation(section.messageKey()));
        setMaxLength(CaseStudyLimits.LONG_TEXT);
        setHelperText(getTranslation("case-study.field." + (section.key().equals("summary") ? "summary-help"
                : "markdown-help")));
        addClassName("long-text");
        setRequiredIndicatorVisible(section.required());
    }
}
