package de.ladewerk.billing.cdr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.billing.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Small helpers for writing OCPI 2.2.1 JSON: prices, decimal numbers, timestamps. */
final class OcpiJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private OcpiJson() {
    }

    /** OCPI Price object. */
    static ObjectNode price(Money exclVat, Money inclVat) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("excl_vat", exclVat.amount());
        n.put("incl_vat", inclVat.amount());
        return n;
    }

    /** OCPI DateTime: UTC, second precision, no zone suffix required but 'Z' allowed. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static BigDecimal kwh(long wh) {
        return BigDecimal.valueOf(wh, 3);
    }

    static BigDecimal hours(long millis) {
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000L), 4, RoundingMode.HALF_UP);
    }
}
