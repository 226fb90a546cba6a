package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.charge.ChargeProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a sample reports, version-neutral: the configured measurands that apply (SoC only on
 * DC, current per phase on AC), with values taken from the EVSE's meter and physics.
 */
final class Measurands {

    /** One measured value. {@code phase} is null where none applies. */
    record Value(String measurand, String phase, double value, String unit, String location) {
    }

    /** DC-side voltage used to report DC current. */
    private static final double DC_VOLTS = 400;

    private Measurands() {
    }

    static List<Value> sample(EvseState evse, String configured) {
        Set<String> wanted = Arrays.stream(configured.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Value> values = new ArrayList<>();
        values.add(new Value("Energy.Active.Import.Register", null, evse.registerWhRounded(), "Wh", "Outlet"));
        ChargeProgress p = evse.progress;
        double power = p == null ? 0 : p.powerW();
        if (wanted.contains("Power.Active.Import")) {
            values.add(new Value("Power.Active.Import", null, round1(power), "W", "Outlet"));
        }
        if (wanted.contains("Current.Import")) {
            if (evse.spec.isDc()) {
                values.add(new Value("Current.Import", null, round1(power / DC_VOLTS), "A", "Outlet"));
            } else {
                int phases = p == null ? evse.spec.phases() : p.phases();
                for (int phase = 1; phase <= phases; phase++) {
                    values.add(new Value("Current.Import", "L" + phase, round1(p == null ? 0 : p.currentA()), "A", "Outlet"));
                }
            }
        }
        if (wanted.contains("SoC") && evse.spec.isDc() && p != null) {
            values.add(new Value("SoC", null, Math.floor(p.soc() * 100), "Percent", "EV"));
        }
        return values;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
