package org.healthequity.exchange.workgroup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working-group settings ({@code exchange.workgroup.*}).
 *
 * @param maxDocumentBytes the largest document a group may upload
 * @param invitationValidity how long an invitation to a group can be accepted
 * @param extractionTimeout how long taking the text of one uploaded PDF may take before it is given up (the document
 *     is kept, without text to search)
 */
@ConfigurationProperties("exchange.workgroup")
record WorkgroupSettings(@DefaultValue("20971520") long maxDocumentBytes,
        @DefaultValue("P14D") Duration invitationValidity, @DefaultValue("PT10S") Duration extractionTimeout) {
}
