package org.healthequity.exchange.shared.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first step of stopping: readiness turns to "refusing traffic" and the node keeps serving for the drain time, so
 * that the load balancer's health check sees it and sends new sessions elsewhere before the web server stops
 * accepting connections (its graceful shutdown, a later phase, then finishes the requests in flight).
 */
@Component
class DrainOnShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrainOnShutdown.class);

    private final ApplicationContext context;
    private final Duration drainTime;
    private volatile boolean running;

    DrainOnShutdown(ApplicationContext context, OperationsSettings settings) {
        this.context = context;
        this.drainTime = settings.drainTime();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        if (drainTime.isPositive()) {
            log.info("Refusing new traffic; draining for {} before the web server stops", drainTime);
            try {
                Thread.sleep(drainTime);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, the web server's graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
