package de.ladewerk.planning.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes scenarios as YAML, and finds the scenarios shipped with the module.
 *
 * <p>Unknown keys are errors, so a misspelt parameter is reported rather than silently ignored.
 */
public final class ScenarioFiles {

    /** Classpath folder of the shipped scenarios. */
    public static final String SHIPPED_FOLDER = "scenarios/";
    private static final String INDEX = SHIPPED_FOLDER + "index.txt";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ScenarioFiles() {
    }

    /** Parses and validates a scenario; throws {@link ScenarioException} naming the bad field. */
    public static Scenario parse(String yaml) {
        Scenario scenario;
        try {
            scenario = YAML.readValue(yaml, Scenario.class);
        } catch (JsonMappingException e) {
            throw new ScenarioException(fieldPath(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ScenarioException("not readable as YAML: " + e.getOriginalMessage(), e);
        }
        if (scenario == null) {
            throw new ScenarioException(List.of("the scenario file is empty"));
        }
        return ScenarioValidator.validate(scenario);
    }

    /** The scenario as YAML, in the same shape {@link #parse} reads. */
    public static String toYaml(Scenario scenario) {
        try {
            return YAML.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario record always serialises", e);
        }
    }

    /** Names of the shipped scenarios, e.g. {@code wolfsburg-2025-target}. */
    public static List<String> shippedNames() {
        return readResource(INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A shipped scenario by name; throws {@link IllegalArgumentException} for an unknown name. */
    public static Scenario loadShipped(String name) {
        if (!shippedNames().contains(name)) {
            throw new IllegalArgumentException("no shipped scenario '" + name + "'; known: " + shippedNames());
        }
        return parse(readResource(SHIPPED_FOLDER + name + ".yaml"));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String readResource(String path) {
        try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the planning jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
