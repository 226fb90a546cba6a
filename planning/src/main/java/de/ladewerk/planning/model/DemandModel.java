package de.ladewerk.planning.model;

import de.ladewerk.planning.scenario.ChargerClass;
import de.ladewerk.planning.scenario.Charging;
import de.ladewerk.planning.scenario.Commuters;
import de.ladewerk.planning.scenario.DistrictSpec;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.Vehicles;
import java.util.List;

/**
 * The static planning model: from a scenario to EVs, energy, ports and checks per district.
 *
 * <p>Equations (numbers as in docs/planning-method.md):
 * <ol>
 *   <li>N_reg = population · cars per 1,000 / 1,000; N_EV = s_EV(year) · N_reg · (1 − f_ext)</li>
 *   <li>E_res = (N_BEV + φ · N_PHEV) · d · c; E_comm = commuter EVs · (s_BEV + φ · s_PHEV) · d_comm · c · a_work</li>
 *   <li>public p · E_res, private split home : work as a_home : (1 − a_home) · a_work</li>
 *   <li>ports = ⌈E / (P · 24 h · u)⌉ for work, public AC and public DC; home ports = ⌈N_EV · a_home⌉</li>
 * </ol>
 */
public final class DemandModel {

    private static final double HOURS_PER_DAY = 24;

    private DemandModel() {
    }

    /** Demand of every district of an already validated scenario, in the scenario's order. */
    public static List<DistrictDemand> compute(Scenario scenario) {
        return scenario.districts().stream().map(d -> district(scenario, d)).toList();
    }

    static DistrictDemand district(Scenario s, DistrictSpec d) {
        Vehicles v = s.vehicles();
        Charging ch = s.charging();
        Commuters cm = s.commuters();
        double evShare = v.evShare().shareIn(s.year());
        double bevShare = v.bevShare().value();
        double electricKmShare = bevShare + v.phevElectricShare().value() * (1 - bevShare);
        double kwhPerKm = v.kwhPerKm().value();

        double registered = d.population().value() * v.carsPerThousandResidents().value() / 1000;
        double based = registered * (1 - v.externalShare().value());
        double evs = evShare * based;
        double bevs = bevShare * evs;
        double phevs = evs - bevs;
        double commuterEvs = cm.inbound().value() * d.commuterShare().value() * cm.carShare().value()
                * cm.evShare().shareIn(s.year());
        VehicleCount vehicles = new VehicleCount(registered, based, evs, bevs, phevs, commuterEvs);

        double homeAccess = d.homeAccess() != null ? d.homeAccess().value() : ch.homeAccess().value();
        double workAccess = ch.workAccess().value();
        double residentKwh = evs * electricKmShare * v.kmPerDay().value() * kwhPerKm;
        double commuterKwh = commuterEvs * electricKmShare * cm.kmPerDay().value() * kwhPerKm * workAccess;

        double publicKwh = ch.publicShare().value() * residentKwh;
        double privateKwh = residentKwh - publicKwh;
        // cars with a home point charge at home; the others at work if they can
        double privateWeight = homeAccess + (1 - homeAccess) * workAccess;
        double homeKwh = privateWeight > 0 ? privateKwh * homeAccess / privateWeight : 0;
        double residentWorkKwh = privateWeight > 0 ? privateKwh - homeKwh : 0;
        if (privateWeight == 0) {
            publicKwh += privateKwh; // nowhere private to charge: it all goes public
        }
        // commuters' public energy is charged while parked at work all day: AC, never DC
        double commuterPublicKwh = commuterKwh * cm.publicShare().value();
        double workKwh = residentWorkKwh + commuterKwh * (1 - cm.publicShare().value());
        double acShare = ch.publicAcShare().value();
        EnergyByLocation energy = new EnergyByLocation(homeKwh, workKwh, publicKwh * acShare + commuterPublicKwh,
                publicKwh * (1 - acShare));

        PortsNeeded ports = new PortsNeeded(
                ceil(evs * homeAccess),
                portsFor(energy.work(), ch.work()),
                portsFor(energy.publicAc(), ch.publicAc()),
                portsFor(energy.publicDc(), ch.publicDc()));
        double publicKw = ports.publicAc() * ch.publicAc().powerKw().value()
                + ports.publicDc() * ch.publicDc().powerKw().value();
        Double evsPerPoint = ports.publicTotal() > 0 ? evs / ports.publicTotal() : null;
        List<TransformerLoad> transformers = TransformerCheck.check(
                d.transformers() == null ? List.of() : d.transformers(), evs * homeAccess, s.grid());
        long overloaded = transformers.stream().filter(TransformerLoad::overloaded)
                .mapToLong(TransformerLoad::count).sum();
        return new DistrictDemand(d.name(), vehicles, energy, ports, publicKw, Benchmarks.afirKw(bevs, phevs),
                evsPerPoint, transformers, overloaded);
    }

    /**
     * The district's demand with the work and public point counts replaced by those sized by occupancy and
     * service level; public power and EVs per point follow the new counts.
     */
    public static DistrictDemand withSizedPorts(DistrictDemand d, long work, long publicAc, long publicDc, Charging ch) {
        PortsNeeded ports = new PortsNeeded(d.ports().home(), work, publicAc, publicDc);
        double publicKw = publicAc * ch.publicAc().powerKw().value() + publicDc * ch.publicDc().powerKw().value();
        return new DistrictDemand(d.district(), d.vehicles(), d.energyKwhPerDay(), ports, publicKw, d.afirKw(),
                ports.publicTotal() > 0 ? d.vehicles().evs() / ports.publicTotal() : null,
                d.transformers(), d.overloadedTransformers());
    }

    /** Ports so that each delivers no more than power · 24 h · target utilisation per day. */
    public static long portsFor(double kwhPerDay, ChargerClass charger) {
        double perPort = charger.powerKw().value() * HOURS_PER_DAY * charger.utilisation().value();
        return ceil(kwhPerDay / perPort);
    }

    // a tiny tolerance keeps 3.0000000001 (floating-point noise) from becoming 4 ports
    private static long ceil(double x) {
        return (long) Math.ceil(x - 1e-9);
    }
}
