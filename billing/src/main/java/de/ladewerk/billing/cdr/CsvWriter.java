package de.ladewerk.billing.cdr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 style CSV with ';' as separator (what German spreadsheet installations expect) and '.' as
 * decimal point, so figures stay machine-readable. Fields with separator, quote or line break are quoted.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(List<?> fields) {
        out.append(fields.stream().map(CsvWriter::field).collect(Collectors.joining(";"))).append("\r\n");
        return this;
    }

    private static String field(Object value) {
        String s = value == null ? "" : value.toString();
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
