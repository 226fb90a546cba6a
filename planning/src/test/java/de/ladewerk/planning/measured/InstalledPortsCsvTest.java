package de.ladewerk.planning.measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstalledPortsCsvTest {

    @Test
    void reads_stations_and_names_bad_lines() {
        assertThat(InstalledPortsCsv.parse(InstalledPortsCsv.HEADER + "\nWOB-1,Vorsfelde,2,22,ac\n"))
                .containsExactly(new InstalledPort("WOB-1", "Vorsfelde", 2, 22, CurrentType.AC));
        assertThatThrownBy(() -> InstalledPortsCsv.parse(InstalledPortsCsv.HEADER + "\nWOB-1,Vorsfelde,two,22,AC\n"))
                .hasMessageContaining("line 2: connectors: not a number: 'two'");
        assertThatThrownBy(() -> InstalledPortsCsv.parse(InstalledPortsCsv.HEADER + "\nWOB-1,Vorsfelde,2,22,XC\n"))
                .hasMessageContaining("line 2: current must be AC or DC");
        assertThatThrownBy(() -> InstalledPortsCsv.parse("a,b\n")).hasMessageContaining("line 1: expected the header");
    }
}
