package org.healthequity.exchange.opencall;

import java.nio.charset.StandardCharsets;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Terms of Reference uploads called on the service directly, past the upload component: its size limit holds there
 * too, and replacing the PDF again and again leaves one file, not one per upload.
 */
@Tag("attack")
class CallTermsAttackTest extends IntegrationTest {

    @Autowired
    CallAdministration administration;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ApplicationFiles files;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private OpenCallFixture fixture;

    @BeforeEach
    void setUp() {
    }

    @Test
    void termsLargerThanTheLimitAreRefusedByTheServiceItself() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        byte[] huge = new byte[(int) CallAdministration.TERMS_MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);

        assertThatThrownBy(() -> administration.uploadTerms(call, huge)).isInstanceOfSatisfying(Refused.class,
                problem -> assertThat(problem.first().messageKey()).isEqualTo("opencall.admin.terms-too-large"));
    }

    @Test
    void replacingTheTermsAgainAndAgainLeavesOneFile() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        byte[] pdf = "%PDF-1.4\n% terms\n".getBytes(StandardCharsets.US_ASCII);
        administration.uploadTerms(call, pdf);
        long filesAfterFirst = files.fileCount();

        for (int i = 0; i < 5; i++) {
            administration.uploadTerms(call, pdf);
        }

        assertThat(files.fileCount()).isEqualTo(filesAfterFirst);
    }
}
