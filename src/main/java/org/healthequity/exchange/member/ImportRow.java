package org.healthequity.exchange.member;

import java.util.List;

/** One line of an import file as read, with the bundle keys of its problems (none means it can be imported). */
public record ImportRow(int line, String email, String name, String country, String title, String institution,
        String language, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
