package org.healthequity.exchange.search;

import org.springframework.modulith.NamedInterface;

/**
 * Content of a type changed in a way search must reflect (published, revised, withdrawn). Published in the transaction
 * that made the change: search writes it into its change feed before that transaction commits.
 *
 * @param removed whether the item left search (informative: every node reads the item again from its source)
 */
@NamedInterface("api")
public record SearchableChanged(String type, long contentId, boolean removed) {

    public SearchableChanged(String type, long contentId) {
        this(type, contentId, false);
    }
}
