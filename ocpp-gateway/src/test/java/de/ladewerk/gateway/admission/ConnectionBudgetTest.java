package de.ladewerk.gateway.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionBudgetTest {

    private final ConnectionBudget budget = new ConnectionBudget(new ConnectionLimits(Duration.ofSeconds(1), 2, 3));

    @Test
    void anAddressGetsItsShareAndNoMore() {
        assertThat(budget.admit("10.0.0.1")).isEmpty();
        assertThat(budget.admit("10.0.0.1")).isEmpty();
        assertThat(budget.admit("10.0.0.1")).contains(RefusalReason.PER_ADDRESS);
        assertThat(budget.open("10.0.0.1")).isEqualTo(2);
        assertThat(budget.open()).as("a refused connection takes no slot").isEqualTo(2);
    }

    @Test
    void theGlobalCapHoldsOverAllAddresses() {
        assertThat(budget.admit("10.0.0.1")).isEmpty();
        assertThat(budget.admit("10.0.0.2")).isEmpty();
        assertThat(budget.admit("10.0.0.3")).isEmpty();
        assertThat(budget.admit("10.0.0.4")).contains(RefusalReason.GLOBAL);
        assertThat(budget.open("10.0.0.4")).isZero();
    }

    @Test
    void releasedSlotsCanBeTakenAgain() {
        budget.admit("10.0.0.1");
        budget.admit("10.0.0.1");
        budget.release("10.0.0.1");
        assertThat(budget.admit("10.0.0.1")).isEqualTo(Optional.empty());
        budget.release("10.0.0.1");
        budget.release("10.0.0.1");
        assertThat(budget.open()).isZero();
        assertThat(budget.open("10.0.0.1")).isZero();
    }
}
