package org.healthequity.exchange.workgroup.ui;

import org.healthequity.exchange.shared.ui.RouteIds;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

/**
 * What a link into a group's space opens: a thread ({@code ?thread=}), at one of its posts ({@code &post=}, as search
 * links a reply), or a document's versions ({@code ?document=}, as search links a document).
 */
record GroupFocus(@Nullable Long thread, @Nullable Long post, @Nullable Long document) {

    static final GroupFocus NONE = new GroupFocus(null, null, null);

    static GroupFocus of(QueryParameters query) {
        return new GroupFocus(id(query, "thread"), id(query, "post"), id(query, "document"));
    }

    private static @Nullable Long id(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(RouteIds::parse).orElse(null);
    }
}
