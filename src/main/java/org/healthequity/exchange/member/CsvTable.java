package org.healthequity.exchange.member;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file read strictly: UTF-8 only (a byte-order mark is allowed), the delimiter (comma, semicolon or tab) found
 * from the header, quoted fields with doubled quotes. What it cannot read is refused with the reason as a bundle key.
 */
final class CsvTable {

    /** A file that cannot be read at all, with the bundle key of the reason. */
    static final class Unreadable extends RuntimeException {
        final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    final List<String> header;
    final List<List<String>> rows;
    final char delimiter;

    private CsvTable(List<String> header, List<List<String>> rows, char delimiter) {
        this.header = header;
        this.rows = rows;
        this.delimiter = delimiter;
    }

    /** More columns than any import needs: a line of delimiters would otherwise become a million cells. */
    static final int MAX_COLUMNS = 64;

    /**
     * Reads the file; refuses one with more than {@code maxRows} people (blank lines aside) while reading, before it
     * holds them all.
     */
    static CsvTable read(byte[] bytes, List<String> requiredColumns, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("import.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Unreadable("import.error.empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = 0;
        for (char candidate : new char[] { ',', ';', '\t' }) {
            List<String> columns = split(firstLine, candidate).stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (columns.containsAll(requiredColumns)) {
                delimiter = candidate;
                break;
            }
        }
        if (delimiter == 0) {
            throw new Unreadable("import.error.header");
        }
        List<List<String>> records = parse(text, delimiter, maxRows + 1);
        List<String> header = records.getFirst().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> rows = records.subList(1, records.size());
        return new CsvTable(header, rows, delimiter);
    }

    String cell(List<String> row, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= row.size() ? "" : row.get(index).strip();
    }

    private static List<String> split(String line, char delimiter) {
        return parse(line, delimiter, 1).getFirst();
    }

    /** RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes. */
    private static List<List<String>> parse(String text, char delimiter, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                if (record.size() >= MAX_COLUMNS) {
                    throw new Unreadable("import.error.too-many-columns");
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                add(records, record, maxRecords);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            add(records, record, maxRecords);
        }
        if (records.isEmpty()) {
            records.add(List.of(""));
        }
        return records;
    }

    /** Keeps a record unless it is a blank line; refuses the file once it holds more than the limit. */
    private static void add(List<List<String>> records, List<String> record, int maxRecords) {
        if (record.size() == 1 && record.getFirst().isBlank()) {
            return;
        }
        if (records.size() >= maxRecords) {
            throw new Unreadable("import.error.too-many-rows");
        }
        records.add(record);
    }
}
