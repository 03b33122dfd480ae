package org.healthequity.exchange.casestudy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The library's settings ({@code exchange.case-studies.*}).
 *
 * @param submissionsPerHour how many submissions one member may make in an hour
 * @param maxAttachmentBytes the largest attachment accepted
 * @param extractionTimeout how long the text extraction of one PDF may take before it is given up
 */
@ConfigurationProperties("exchange.case-studies")
public record CaseStudySettings(Integer submissionsPerHour, Long maxAttachmentBytes, Duration extractionTimeout) {

    public CaseStudySettings {
        if (submissionsPerHour == null) {
            submissionsPerHour = 5;
        }
        if (maxAttachmentBytes == null) {
            maxAttachmentBytes = 20L * 1024 * 1024;
        }
        if (extractionTimeout == null) {
            extractionTimeout = Duration.ofSeconds(10);
        }
    }
}
