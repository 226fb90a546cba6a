package de.ladewerk.billing.rating;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.IdToken;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.PriceLimit;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.tariff.TariffRestrictions;
import de.ladewerk.billing.tariff.TariffType;
import de.ladewerk.billing.testdata.TestSessions;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Rates 1,000,000 generated sessions (10 batches of 100,000, after one warm-up batch) and prints
 * sessions per second, single-threaded and on all cores. Generation is not timed.
 * Run: {@code mvn -B -q -pl billing -am test-compile && mvn -B -q -pl billing exec:java}
 */
public final class RatingBenchmark {

    private static final int BATCH = 100_000;
    private static final int BATCHES = 10;

    public static void main(String[] args) {
        Tariff tariff = realisticTariff();
        RatingEngine engine = new RatingEngine(TestSessions.BERLIN);
        SplittableRandom random = new SplittableRandom(42);
        rate(engine, tariff, generate(random, BATCH), false); // warm-up
        long sequentialNanos = 0;
        long parallelNanos = 0;
        AtomicLong cents = new AtomicLong();
        for (int b = 0; b < BATCHES; b++) {
            List<ChargingSession> batch = generate(random, BATCH);
            long t0 = System.nanoTime();
            cents.addAndGet(rate(engine, tariff, batch, false));
            long t1 = System.nanoTime();
            cents.addAndGet(rate(engine, tariff, batch, true));
            parallelNanos += System.nanoTime() - t1;
            sequentialNanos += t1 - t0;
        }
        long sessions = (long) BATCH * BATCHES;
        System.out.printf("rated %,d sessions: %,.0f sessions/s on one thread, %,.0f sessions/s on %d cores"
                        + " (checksum %d cents)%n", sessions, sessions / (sequentialNanos / 1e9),
                sessions / (parallelNanos / 1e9), Runtime.getRuntime().availableProcessors(), cents.get());
    }

    private static long rate(RatingEngine engine, Tariff tariff, List<ChargingSession> batch, boolean parallel) {
        IntStream indexes = IntStream.range(0, batch.size());
        return (parallel ? indexes.parallel() : indexes)
                .mapToLong(i -> engine.rate(tariff, batch.get(i), null).totalGross().amount().movePointRight(2)
                        .longValueExact())
                .sum();
    }

    /** Sessions of 20 min to 4 h anywhere in 2025, a sample every 15 min, ending with up to an hour parked. */
    static List<ChargingSession> generate(SplittableRandom r, int n) {
        List<ChargingSession> out = new ArrayList<>(n);
        long yearStart = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < n; i++) {
            long start = yearStart + r.nextLong(365L * 86_400_000L);
            long charging = 1_200_000L + r.nextLong(4 * 3_600_000L - 1_200_000L);
            long parked = r.nextInt(4) == 0 ? r.nextLong(3_600_000L) : 0;
            double kw = 3.7 + r.nextDouble() * 46;
            List<MeterSample> samples = new ArrayList<>();
            long register = r.nextLong(1_000_000L);
            for (long t = 0; t < charging; t += 900_000L) {
                samples.add(MeterSample.of(Instant.ofEpochMilli(start + t), register + (long) (kw * t / 3600.0), kw * 1000));
            }
            long energy = register + (long) (kw * charging / 3600.0);
            samples.add(MeterSample.of(Instant.ofEpochMilli(start + charging), energy, 0));
            samples.add(MeterSample.of(Instant.ofEpochMilli(start + charging + parked), energy, 0));
            out.add(new ChargingSession("B-" + i, "ST-" + (i % 500), "SITE-" + (i % 20), 1, 1,
                    new IdToken("TOKEN" + i, "RFID"), AuthMethod.WHITELIST, "C-" + (i % 5000), null,
                    Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + charging + parked), "M-" + (i % 500),
                    samples, List.of()));
        }
        return out;
    }

    /** Night and weekend prices, a fast-charging surcharge, a blocking fee after 4 h, step sizes, a minimum. */
    static Tariff realisticTariff() {
        VatRate v = VatRate.GERMAN_STANDARD;
        return new Tariff("BENCH", 1, Money.EUR, TariffType.REGULAR, List.of(
                TariffElement.when(TariffRestrictions.NONE.power(new BigDecimal("22"), null),
                        PriceComponent.of(TariffDimension.ENERGY, "0.59", v)),
                TariffElement.when(TariffRestrictions.NONE.timeOfDay(LocalTime.of(22, 0), LocalTime.of(6, 0)),
                        PriceComponent.of(TariffDimension.ENERGY, "0.35", v)),
                TariffElement.when(TariffRestrictions.NONE.days(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        PriceComponent.of(TariffDimension.ENERGY, "0.42", v)),
                TariffElement.when(TariffRestrictions.NONE.duration(14_400L, null),
                        new PriceComponent(TariffDimension.PARKING_TIME, new BigDecimal("6.00"), v, 60)),
                TariffElement.always(new PriceComponent(TariffDimension.ENERGY, new BigDecimal("0.49"), v, 100),
                        PriceComponent.of(TariffDimension.FLAT, "0.35", v))),
                new PriceLimit(Money.eur("1.00"), null), null, Instant.EPOCH, null);
    }
}
