package org.healthequity.exchange.shared.operations;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

import static org.assertj.core.api.Assertions.assertThat;

/** What the probes look at: liveness only the JVM's own state, readiness also the database and the search index. */
class OperationsIntegrationTest extends IntegrationTest {

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void readinessLooksAtTheDatabaseAndTheSearchIndexButLivenessDoesNot() {
        var readiness = groups.get("readiness");
        var liveness = groups.get("liveness");
        assertThat(readiness).isNotNull();
        assertThat(liveness).isNotNull();
        assertThat(readiness.isMember("db")).isTrue();
        assertThat(readiness.isMember("searchIndex")).isTrue();
        assertThat(readiness.isMember("readinessState")).isTrue();
        // A database outage must not make an orchestrator restart every node.
        assertThat(liveness.isMember("db")).isFalse();
        assertThat(liveness.isMember("searchIndex")).isFalse();
    }
}
