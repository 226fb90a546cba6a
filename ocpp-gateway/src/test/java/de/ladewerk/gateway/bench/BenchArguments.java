package de.ladewerk.gateway.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code key=value} arguments of the benchmark mains. */
final class BenchArguments {

    private BenchArguments() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("arguments are key=value, got " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return values;
    }

    static int integer(Map<String, String> values, String key, int otherwise) {
        String v = values.get(key);
        return v == null ? otherwise : Integer.parseInt(v);
    }
}
