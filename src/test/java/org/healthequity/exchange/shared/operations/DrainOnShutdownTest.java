package org.healthequity.exchange.shared.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class DrainOnShutdownTest {

    @Test
    void stoppingTurnsReadinessToRefusingTrafficBeforeAnythingElseStops() {
        List<Object> states = new ArrayList<>();
        try (StaticApplicationContext context = new StaticApplicationContext()) {
            context.addApplicationListener((ApplicationListener<AvailabilityChangeEvent<?>>) event ->
                    states.add(event.getState()));
            context.refresh();
            DrainOnShutdown drain = new DrainOnShutdown(context, new OperationsSettings(Duration.ZERO));
            drain.start();
            assertThat(drain.isRunning()).isTrue();

            drain.stop();

            assertThat(states).containsExactly(ReadinessState.REFUSING_TRAFFIC);
            assertThat(drain.isRunning()).isFalse();
            assertThat(drain.getPhase()).as("stops before the web server's graceful shutdown")
                    .isGreaterThan(WebServerGracefulShutdownLifecycle
                            .SMART_LIFECYCLE_PHASE);
        }
    }
}
