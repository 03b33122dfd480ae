package org.healthequity.exchange.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import would do, before anything is written: every row with its problems, or a reason the whole file
 * cannot be read.
 */
public record ImportPreview(List<ImportRow> rows, @Nullable String fileProblem) {

    public boolean importable() {
        return fileProblem == null && !rows.isEmpty() && rows.stream().allMatch(ImportRow::ok);
    }

    public long problemCount() {
        return rows.stream().filter(r -> !r.ok()).count();
    }
}
