package org.healthequity.exchange.search.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The Lit template of one search hit, kept in a resource beside the view rather than as markup in Java. */
final class HitTemplate {

    static final String HIT = read("search-hit.html");

    private HitTemplate() {
    }

    private static String read(String name) {
        try (var in = Objects.requireNonNull(HitTemplate.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
