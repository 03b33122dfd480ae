package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.member.InstitutionType;
import org.jspecify.annotations.Nullable;

/** A submitted application as the secretariat reads it: the copy last submitted, with its files. */
public record SubmittedApplication(long id, CallDefinition definition, String applicantName, String institutionName,
        InstitutionType institutionType, String country, ApplicationStatus status, Answers answers,
        List<ApplicationFileInfo> files, @Nullable Instant submittedAt) {

    public SubmittedApplication {
        files = List.copyOf(files);
    }
}
