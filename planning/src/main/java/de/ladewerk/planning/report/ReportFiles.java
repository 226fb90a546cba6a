package de.ladewerk.planning.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.SiteLoad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a run's CSV, JSON and SVG files into a directory; returns what it wrote. */
public final class ReportFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    /** The result as JSON, in the same shape the HTTP API serves. */
    public static String json(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (IOException e) {
            throw new IllegalStateException("result records always serialise", e);
        }
    }

    /** Writes districts.csv, load-curves.csv, result.json, sites.geojson, result.xlsx, summary.txt and the SVG charts into {@code dir}. */
    public static List<Path> write(PlanningResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("districts.csv"), CsvReport.districts(result)));
        written.add(write(dir.resolve("load-curves.csv"), CsvReport.cityCurves(result)));
        written.add(write(dir.resolve("result.json"), json(result)));
        written.add(write(dir.resolve("sites.geojson"), GeoJsonReport.render(result)));
        Path workbook = dir.resolve("result.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
            ExcelReport.write(result, out);
        }
        written.add(workbook);
        written.add(write(dir.resolve("gap-per-district.svg"), Charts.gapPerDistrict(result)));
        for (SiteLoad site : result.load().city()) {
            String name = "load-" + site.location().name().toLowerCase().replace('_', '-') + ".svg";
            written.add(write(dir.resolve(name), Charts.loadCurve(result, site)));
        }
        written.add(write(dir.resolve("summary.txt"), TextReport.render(result)));
        return written;
    }

    static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
