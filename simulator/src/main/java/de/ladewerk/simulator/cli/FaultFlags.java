package de.ladewerk.simulator.cli;

import de.ladewerk.simulator.fault.FaultOptions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Fault injection from the command line, shared by the commands that run stations. */
final class FaultFlags {

    @Option(names = "--fault-answer-delay", description = "answer the CSMS's calls this late (simulated), e.g. PT20S")
    Duration answerDelay;

    @Option(names = "--fault-no-answer", description = "share of the CSMS's calls never answered, 0..1")
    double unanswered;

    @Option(names = "--fault-duplicates", description = "share of our calls sent twice with the same message id, 0..1")
    double duplicates;

    @Option(names = "--fault-malformed", description = "share of our calls preceded by a malformed frame, 0..1")
    double malformed;

    @Option(names = "--fault-clock-skew", description = "added to every reported timestamp, e.g. PT-5M or PT2H")
    Duration clockSkew;

    @Option(names = "--fault-drop-every", description = "drop the connection this often (simulated), e.g. PT30M")
    Duration dropEvery;

    @Option(names = "--fault-faulted", split = ",", paramLabel = "EVSE=CODE",
            description = "EVSEs reporting Faulted from the start, e.g. 1=GroundFailure")
    Map<Integer, String> faulted = new HashMap<>();

    @Option(names = "--fault-seed", defaultValue = "1", description = "seed of the fault draws (default: ${DEFAULT-VALUE})")
    long seed;

    FaultOptions options() {
        return new FaultOptions(answerDelay == null ? Duration.ZERO : answerDelay, unanswered, duplicates, malformed,
                clockSkew == null ? Duration.ZERO : clockSkew, dropEvery, faulted, seed);
    }
}
