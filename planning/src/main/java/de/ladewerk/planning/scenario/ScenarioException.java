package de.ladewerk.planning.scenario;

import java.util.List;

/**
 * A scenario that cannot be used, with every problem found, each naming the field it concerns.
 */
public final class ScenarioException extends RuntimeException {

    private final List<String> problems;

    /** @param problems one line per problem, each starting with the field path */
    public ScenarioException(List<String> problems) {
        super("invalid scenario: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** A scenario that could not even be read, e.g. broken YAML. */
    public ScenarioException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** One line per problem, each starting with the field path such as {@code districts[3].population}. */
    public List<String> problems() {
        return problems;
    }
}
