package org.healthequity.exchange.workgroup;

import java.time.LocalDate;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A group as the steering committee proposes it or the secretariat creates it, with the e-mail addresses of its leads
 * (existing accounts).
 */
public record GroupForm(
        @NotBlank(message = "validation.required") @Size(max = WorkingGroup.NAME_MAX) String name,
        @NotBlank(message = "validation.required") @Size(max = WorkingGroup.PURPOSE_MAX) String purpose,
        @NotNull Network network,
        @Size(max = WorkingGroup.TERMS_MAX) String terms,
        @Size(max = WorkingGroup.DELIVERABLES_MAX) String deliverables,
        @Nullable LocalDate endsOn,
        @NotNull GroupVisibility visibility,
        @NotNull JoinPolicy joinPolicy,
        @NotEmpty(message = "workgroup.problem.no-leads") @Size(max = 5) List<String> leadEmails) {

    public static final int NAME_MAX = WorkingGroup.NAME_MAX;
    public static final int PURPOSE_MAX = WorkingGroup.PURPOSE_MAX;
    public static final int TERMS_MAX = WorkingGroup.TERMS_MAX;
    public static final int DELIVERABLES_MAX = WorkingGroup.DELIVERABLES_MAX;

    public GroupForm {
        leadEmails = List.copyOf(leadEmails);
    }
}
