package de.ladewerk.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.app.cli.Ladewerk;
import de.ladewerk.billing.ocmf.MeterKeys;
import de.ladewerk.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ladewerk meter-key add|list|approve|reject} against a real database. */
class MeterKeyCommandIT {

    private static TestDatabase database;
    @TempDir
    static Path dir;
    private static Path config;

    @BeforeAll
    static void setUp() throws Exception {
        System.setProperty("org.jooq.no-logo", "true"); // as Ladewerk.main does: the output is the command's only
        System.setProperty("org.jooq.no-tips", "true");
        database = TestDatabase.create("meterkeycli");
        config = dir.resolve("ladewerk.yaml");
        Files.writeString(config, "database:\n  url: \"" + database.jdbcUrl() + "\"\n  user: \"" + database.user()
                + "\"\n  password: \"" + database.password() + "\"\n  poolSize: 2\n");
    }

    @AfterAll
    static void tearDown() {
        database.close();
    }

    /** Runs the command line; returns exit code and what it printed. */
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Ladewerk()).execute(args);
            return new String[] {Integer.toString(code), printed.toString(StandardCharsets.UTF_8),
                    errors.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void add_list_approve_and_refuse_bad_keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", MeterKeys.provider());
        g.initialize(new ECGenParameterSpec("secp384r1"));
        var key = g.generateKeyPair().getPublic();
        String base64 = Base64.getEncoder().encodeToString(key.getEncoded());

        String[] added = run("meter-key", "add", "ISA-77", base64, "--note", "type plate", "--by", "erika", "--config", config.toString());
        assertThat(added[0]).as(added[2]).isEqualTo("0");
        assertThat(added[1]).contains("ISA-77", "PROPOSED", "secp384r1", "proposed by erika", MeterKeys.toHex(key));
        String id = added[1].lines().filter(l -> l.contains("ISA-77")).findFirst().orElseThrow().split("\t")[0];

        String[] approved = run("meter-key", "approve", id, "--by", "max", "--config", config.toString());
        assertThat(approved[0]).as(approved[2]).isEqualTo("0");
        assertThat(approved[1]).contains("APPROVED", "approved by max");

        assertThat(run("meter-key", "list", "--serial", "ISA-77", "--status", "APPROVED", "--config", config.toString())[1])
                .contains(id + "\tISA-77\tAPPROVED");
        String[] again = run("meter-key", "approve", id, "--config", config.toString());
        assertThat(again[0]).isEqualTo("2");
        assertThat(again[2]).contains("only a PROPOSED key can be approved");
        String[] bad = run("meter-key", "add", "ISA-78", "not-a-key", "--config", config.toString());
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("public key");
    }
}
