package org.healthequity.exchange.shared.operations;

import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health checks on the public port. The actuator itself is served on the management port (loopback only), but a
 * load balancer or an orchestrator on another machine must still reach liveness and readiness: these answer with the
 * status only ({@code {"status":"UP"}}), 200 when up and 503 otherwise, never with details.
 */
@RestController
class PublicHealthController {

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    PublicHealthController(HealthEndpoint health, ObjectProvider<HttpCodeStatusMapper> statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes.getIfAvailable(HttpCodeStatusMapper::getDefault);
    }

    @GetMapping("/actuator/health")
    ResponseEntity<Map<String, String>> overall() {
        return answer(health.health());
    }

    @GetMapping("/actuator/health/liveness")
    ResponseEntity<Map<String, String>> liveness() {
        return answer(health.healthForPath("liveness"));
    }

    @GetMapping("/actuator/health/readiness")
    ResponseEntity<Map<String, String>> readiness() {
        return answer(health.healthForPath("readiness"));
    }

    private ResponseEntity<Map<String, String>> answer(HealthDescriptor descriptor) {
        if (descriptor == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.status(statusCodes.getStatusCode(descriptor.getStatus()))
                .cacheControl(CacheControl.noStore())
                .body(Map.of("status", descriptor.getStatus().getCode()));
    }
}
