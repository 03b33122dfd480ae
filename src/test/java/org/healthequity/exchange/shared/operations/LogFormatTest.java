package org.healthequity.exchange.shared.operations;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** EXCHANGE_LOG_FORMAT as application.properties maps it onto Spring Boot's structured console log. */
class LogFormatTest {

    @Test
    void jsonMeansTheElasticCommonSchema() throws Exception {
        assertThat(consoleFormat(Map.of("EXCHANGE_LOG_FORMAT", "json"))).isEqualTo("ecs");
        assertThat(consoleFormat(Map.of("EXCHANGE_LOG_FORMAT", "logstash"))).isEqualTo("logstash");
        assertThat(consoleFormat(Map.of("EXCHANGE_LOG_FORMAT", "gelf"))).isEqualTo("gelf");
    }

    @Test
    void unsetOrUnknownMeansPlainText() throws Exception {
        assertThat(consoleFormat(Map.of())).isEmpty();
        assertThat(consoleFormat(Map.of("EXCHANGE_LOG_FORMAT", "xml"))).isEmpty();
    }

    private static String consoleFormat(Map<String, Object> variables) throws Exception {
        // No system properties or variables: only what the test names counts.
        AbstractEnvironment environment = new AbstractEnvironment() {
        };
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        environment.getPropertySources().addLast(
                new ResourcePropertySource(new ClassPathResource("application.properties")));
        return environment.getProperty("logging.structured.format.console");
    }
}
