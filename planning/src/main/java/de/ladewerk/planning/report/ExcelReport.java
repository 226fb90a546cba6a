package de.ladewerk.planning.report;

import de.ladewerk.planning.CitySummary;
import de.ladewerk.planning.DistrictRow;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.HubResult;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.sizing.SiteSizing;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The run's result tables as an Excel workbook (.xlsx, written with Apache POI): city, districts, pool
 * sizing and hubs, one sheet each, numbers as numbers so planners can compute with them.
 */
public final class ExcelReport {

    private ExcelReport() {
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(PlanningResult r, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer w = new Writer(wb);
            city(w.sheet("City"), r.city());
            districts(w.sheet("Districts"), r.districts());
            sizing(w.sheet("Sizing"), r.load().citySizing(), r.load().sizing());
            hubs(w.sheet("DC hubs"), r.load().hubs());
            wb.write(out);
        }
    }

    private static void city(Writer.Table t, CitySummary c) {
        t.header("figure", "value");
        t.row("EV share", c.evShare());
        t.row("EVs based in the city", c.evs());
        t.row("commuters' EV share", c.commuterEvShare());
        t.row("commuter EVs", c.commuterEvs());
        t.row("energy charged in the city, MWh/day", c.energyMwhPerDay());
        t.row("public AC points", c.ports().publicAc());
        t.row("public DC points", c.ports().publicDc());
        t.row("work points", c.ports().work());
        t.row("home points", c.ports().home());
        t.row("public AC points by energy utilisation (earlier method)", c.portsByEnergyUtilisation().publicAc());
        t.row("public kW", c.publicKw());
        t.row("AFIR benchmark kW", c.afirKw());
        t.row("EVs per public point, with commuter EVs", c.allEvsPerPublicPoint());
        t.row("EVs per public point, city EVs only", c.evsPerPublicPoint());
        t.row("installed public points", c.installedPublicPoints());
        t.row("gap public points", c.gapPublicPoints());
        t.row("overloaded transformers", c.overloadedTransformers());
        t.row("transformers checked", c.transformers());
    }

    private static void districts(Writer.Table t, List<DistrictRow> rows) {
        t.header("district", "EVs", "commuter EVs", "kWh/day", "public AC points", "public DC points", "work points",
                "home points", "public kW", "AFIR kW", "gap AC", "gap DC", "overloaded transformers");
        for (DistrictRow row : rows) {
            DistrictDemand d = row.demand();
            t.row(d.district(), d.vehicles().evs(), d.vehicles().commuterEvs(), d.energyKwhPerDay().total(),
                    d.ports().publicAc(), d.ports().publicDc(), d.ports().work(), d.ports().home(), d.publicKw(), d.afirKw(),
                    row.gap() == null ? null : row.gap().gapAcPorts(), row.gap() == null ? null : row.gap().gapDcPorts(),
                    d.overloadedTransformers());
        }
    }

    private static void sizing(Writer.Table t, List<SiteSizing> city, List<SiteSizing> districts) {
        t.header("district", "location", "service level", "peak EVs plugged in", "peak at", "max EVs plugged in",
                "points by Erlang B", "points", "points by energy utilisation", "P(no free point) Erlang B",
                "turned away, weekday peak hour", "turned away, weekend peak hour", "turned away, all day", "occupancy",
                "energy utilisation");
        for (List<SiteSizing> rows : List.of(city, districts)) {
            for (SiteSizing s : rows) {
                t.row(s.district(), s.location(), s.serviceLevel(), s.peakEvsPluggedIn(), s.peakSlot(), s.maxEvsPluggedIn(),
                        s.pointsErlang(), s.points(), s.pointsByEnergyUtilisation(), s.blockingErlang(),
                        s.blockingSimulatedWeekdayPeak(), s.blockingSimulatedWeekendPeak(), s.blockingSimulatedAllDay(),
                        s.occupancy(), s.energyUtilisation());
            }
        }
    }

    private static void hubs(Writer.Table t, List<HubResult> hubs) {
        t.header("hub", "latitude", "longitude", "grid connection kW", "kWh/day", "points", "unmanaged peak kW",
                "managed peak kW", "connection exceeded unmanaged", "districts");
        for (HubResult h : hubs) {
            t.row(h.name(), h.site().lat(), h.site().lon(), h.gridConnectionKw(), h.kwhPerDay(), h.sizing().points(),
                    h.unmanagedPeakKw(), h.managedPeakKw(), h.connectionExceededUnmanaged() ? "yes" : "no",
                    String.join(", ", h.districts()));
        }
    }

    /** Rows of text and numbers, a bold header, columns sized to fit. */
    private record Writer(Workbook wb, CellStyle bold) {

        Writer(Workbook wb) {
            this(wb, boldStyle(wb));
        }

        private static CellStyle boldStyle(Workbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            return style;
        }

        Table sheet(String name) {
            return new Table(wb.createSheet(name), bold);
        }

        record Table(Sheet sheet, CellStyle bold) {

            void header(String... names) {
                Row row = sheet.createRow(0);
                for (int i = 0; i < names.length; i++) {
                    row.createCell(i).setCellValue(names[i]);
                    row.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, Math.max(12, Math.min(60, names[i].length() + 2)) * 256);
                }
                sheet.createFreezePane(0, 1);
            }

            void row(Object... values) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
        }
    }
}
