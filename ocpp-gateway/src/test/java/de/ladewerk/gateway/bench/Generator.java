package de.ladewerk.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's {@code load} command in a JVM of its own (same class path as the benchmark), so the
 * generator's CPU, memory and garbage collection are apart from the gateway's and it reports them itself.
 */
final class Generator {

    private Generator() {
    }

    /** Runs {@code load} with these arguments (plus {@code --report}) and returns its JSON report. */
    static JsonNode load(String heap, List<String> arguments) throws IOException, InterruptedException {
        Path report = Files.createTempFile("ladewerk-load", ".json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "de.ladewerk.simulator.cli.SimulatorCommand", "load"));
        command.addAll(arguments);
        command.add("--report");
        command.add(report.toString());
        System.out.println("generator: " + String.join(" ", command.subList(command.indexOf("load"), command.size())));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        try {
            JsonNode result = new ObjectMapper().readTree(report.toFile());
            if (result == null) {
                throw new IOException("the generator wrote no report (exit code " + exit + ")");
            }
            return result;
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
