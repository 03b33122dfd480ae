package org.healthequity.exchange.workgroup;

import java.util.List;

/**
 * A document of a group with all its versions, the latest first.
 *
 * @param canChange the viewer may upload a new version (a member of the active group)
 * @param canDelete the viewer uploaded it first or leads the group
 */
public record DocumentRow(long id, String title, String folder, List<DocumentVersionRow> versions, boolean canChange,
        boolean canDelete) {

    public DocumentRow {
        versions = List.copyOf(versions);
    }

    public DocumentVersionRow latest() {
        return versions.getFirst();
    }
}
