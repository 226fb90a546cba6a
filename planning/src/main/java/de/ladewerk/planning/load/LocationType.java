package de.ladewerk.planning.load;

import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.scenario.ChargerClass;
import de.ladewerk.planning.scenario.Charging;
import de.ladewerk.planning.scenario.LoadSettings;
import de.ladewerk.planning.scenario.LocationProfile;

/** Where charging happens; each has its own session behaviour, charger class and share of energy. */
public enum LocationType {
    HOME, WORK, PUBLIC_AC, PUBLIC_DC;

    /** This location's session profile in the scenario. */
    public LocationProfile profile(LoadSettings load) {
        return switch (this) {
            case HOME -> load.home();
            case WORK -> load.work();
            case PUBLIC_AC -> load.publicAc();
            case PUBLIC_DC -> load.publicDc();
        };
    }

    /** This location's charger class in the scenario. */
    public ChargerClass charger(Charging charging) {
        return switch (this) {
            case HOME -> charging.home();
            case WORK -> charging.work();
            case PUBLIC_AC -> charging.publicAc();
            case PUBLIC_DC -> charging.publicDc();
        };
    }

    /** Energy per average day at this location in a district, kWh. */
    public double kwhPerDay(DistrictDemand d) {
        return switch (this) {
            case HOME -> d.energyKwhPerDay().home();
            case WORK -> d.energyKwhPerDay().work();
            case PUBLIC_AC -> d.energyKwhPerDay().publicAc();
            case PUBLIC_DC -> d.energyKwhPerDay().publicDc();
        };
    }

    /** Charge points needed at this location in a district. */
    public long ports(DistrictDemand d) {
        return switch (this) {
            case HOME -> d.ports().home();
            case WORK -> d.ports().work();
            case PUBLIC_AC -> d.ports().publicAc();
            case PUBLIC_DC -> d.ports().publicDc();
        };
    }
}
