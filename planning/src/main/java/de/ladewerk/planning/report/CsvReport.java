package de.ladewerk.planning.report;

import de.ladewerk.planning.DistrictRow;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.LoadCurve;
import de.ladewerk.planning.load.SiteLoad;
import de.ladewerk.planning.measured.DistrictBaseline;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.model.DistrictGap;
import java.util.Locale;

/** Comma-separated tables for spreadsheets: one row per district, and one row per curve quarter hour. */
public final class CsvReport {

    private static final String DISTRICT_HEADER = "district,registered_cars,evs,bevs,phevs,commuter_evs,"
            + "kwh_home,kwh_work,kwh_public_ac,kwh_public_dc,ports_home,ports_work,ports_public_ac,ports_public_dc,"
            + "public_kw,afir_kw,evs_per_public_point,transformers,overloaded_transformers,"
            + "installed_ac,installed_dc,installed_kw,gap_ac,gap_dc,gap_kw,afir_coverage,"
            + "measured_kwh_per_day,measured_utilisation_ac,measured_utilisation_dc\n";

    private CsvReport() {
    }

    /** One row per district; gap and measured columns are empty without a measured network. */
    public static String districts(PlanningResult result) {
        StringBuilder csv = new StringBuilder(DISTRICT_HEADER);
        for (DistrictRow row : result.districts()) {
            DistrictDemand d = row.demand();
            csv.append(join(quote(d.district()), f(d.vehicles().registered()), f(d.vehicles().evs()), f(d.vehicles().bevs()),
                    f(d.vehicles().phevs()), f(d.vehicles().commuterEvs()),
                    f(d.energyKwhPerDay().home()), f(d.energyKwhPerDay().work()),
                    f(d.energyKwhPerDay().publicAc()), f(d.energyKwhPerDay().publicDc()),
                    d.ports().home(), d.ports().work(), d.ports().publicAc(), d.ports().publicDc(),
                    f(d.publicKw()), f(d.afirKw()), f(d.evsPerPublicPoint()),
                    d.transformerCount(), d.overloadedTransformers()));
            DistrictGap g = row.gap();
            csv.append(',').append(g == null ? ",,,,,," : join(g.installed().acPorts(), g.installed().dcPorts(),
                    f(g.installed().kw()), g.gapAcPorts(), g.gapDcPorts(), f(g.gapKw()), f(g.afirCoverage())));
            DistrictBaseline b = row.baseline();
            csv.append(',').append(b == null ? ",," : join(f(b.energyKwhPerDay()), f(b.utilisationAc()), f(b.utilisationDc())));
            csv.append('\n');
        }
        return csv.toString();
    }

    /** City curves: one row per location, day type, mode and quarter hour. */
    public static String cityCurves(PlanningResult result) {
        StringBuilder csv = new StringBuilder("location,day_type,managed,slot,time,mean_kw,p50_kw,p90_kw,p99_kw\n");
        for (SiteLoad site : result.load().city()) {
            for (SiteLoad.Outcome outcome : new SiteLoad.Outcome[] {site.unmanaged(), site.managed()}) {
                for (LoadCurve c : outcome.curves()) {
                    for (int slot = 0; slot < c.mean().length; slot++) {
                        csv.append(join(c.location(), c.dayType(), c.managed(), slot,
                                String.format("%02d:%02d", slot / 4, slot % 4 * 15),
                                f(c.mean()[slot]), f(c.p50()[slot]), f(c.p90()[slot]), f(c.p99()[slot]))).append('\n');
                    }
                }
            }
        }
        return csv.toString();
    }

    static String f(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String join(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(values[i]);
        }
        return line.toString();
    }
}
