package org.healthequity.exchange.workgroup;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;

/**
 * A tab of a working group's space contributed by another feature module as a Spring bean (the webinars module adds
 * the group's meetings), so that this module never depends on that feature. It is this module's extension point.
 */
@NamedInterface("api")
public interface GroupSpaceTab {

    /** The message key of the tab's label. */
    String labelKey();

    /** Builds the tab for the current viewer, who may see the group; it must show only what the viewer may see. */
    Component create(long groupId);
}
