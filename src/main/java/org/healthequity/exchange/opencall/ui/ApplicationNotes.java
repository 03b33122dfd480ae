package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.opencall.ApplicationSheet;
import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The top of an application's form: the call, its deadline, where the application stands and what may be done. */
final class ApplicationNotes {

    private ApplicationNotes() {
    }

    static Component[] of(Component owner, ApplicationSheet loaded) {
        List<Component> notes = new ArrayList<>();
        notes.add(new H1(owner.getTranslation("opencall.apply.title", loaded.call().title())));
        notes.add(CallText.deadline(owner, loaded.call()));
        notes.add(new Paragraph(owner.getTranslation("opencall.my.status") + ": "
                + CallLabels.applicationStatus(owner, loaded.status())));
        if (loaded.screeningReason() != null) {
            notes.add(new Paragraph(owner.getTranslation("opencall.apply.screening-reason", loaded.screeningReason())));
        }
        if (loaded.revisionRequests() != null && loaded.revisionDueAt() != null) {
            notes.add(warning(owner, "opencall.apply.revisions-requested",
                    ViewerTime.format(loaded.revisionDueAt())));
            Paragraph requests = new Paragraph(loaded.revisionRequests());
            requests.addClassName("revision-requests");
            notes.add(requests);
        }
        if (loaded.answersVersion() > 1) {
            notes.add(new Anchor("applications/" + loaded.id() + "/versions",
                    owner.getTranslation("opencall.versions.compare")));
        }
        if (loaded.submittedAt() != null && loaded.status() == ApplicationStatus.SUBMITTED && loaded.editable()) {
            notes.add(new Paragraph(owner.getTranslation("opencall.apply.submitted-on",
                    ViewerTime.format(loaded.submittedAt()))));
        }
        if (loaded.hasUnsubmittedChanges()) {
            notes.add(warning(owner, "opencall.apply.unsubmitted-changes"));
        }
        notes.add(loaded.editable() ? new Paragraph(owner.getTranslation("opencall.apply.autosave"))
                : warning(owner, "opencall.apply.read-only"));
        return notes.toArray(Component[]::new);
    }

    private static Paragraph warning(Component owner, String key, Object... arguments) {
        Paragraph warning = new Paragraph(owner.getTranslation(key, arguments));
        warning.addClassName("warning");
        return warning;
    }
}
