package de.ladewerk.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Starts a TimescaleDB container for the tests, where a Docker engine answers. */
final class TimescaleContainer {

    private static final Logger LOG = LoggerFactory.getLogger(TimescaleContainer.class);

    private TimescaleContainer() {
    }

    /** Returns the started server, or {@code null} when Docker is not usable here. */
    static TestDatabaseServer startIfDockerRuns(String image) {
        if ("false".equalsIgnoreCase(System.getenv("LADEWERK_TEST_DOCKER"))) {
            return null;
        }
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            LOG.info("no Docker engine: tests use the local PostgreSQL");
            return null;
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
                DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "timescale-container-stop"));
        return TestDatabaseServer.fromUrl(container.getJdbcUrl(), container.getUsername(),
                container.getPassword(), "Testcontainers " + image);
    }
}
