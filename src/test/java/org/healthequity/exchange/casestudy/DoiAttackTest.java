package org.healthequity.exchange.casestudy;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An author (or any member) tries to give their case study a DOI of their choosing, which citations and metadata would
 * then carry as the organisation's; and someone slips markup or a foreign address in as a DOI.
 */
@Tag("attack")
class DoiAttackTest extends IntegrationTest {

    @Autowired
    CaseStudyFixture fixture;

    @Autowired
    CaseStudyIdentifiers identifiers;

    @Autowired
    JdbcTemplate jdbc;

    private long id;

    @BeforeEach
    void aPublishedCaseStudy() {
        inAnHourOfItsOwn();
        id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("DOI attack"));
    }

    @Test
    void authorCannotSetTheDoiOfTheirOwnCaseStudyThroughTheService() {
        fixture.signIn(CaseStudyFixture.AUTHOR);

        assertThatThrownBy(() -> identifiers.setDoi(id, new DoiForm("10.9999/mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedDoi()).isNull();
    }

    @Test
    void otherMemberAndVisitorCannotSetADoi() {
        fixture.signIn("researcher@example.org");
        assertThatThrownBy(() -> identifiers.setDoi(id, new DoiForm("10.9999/theirs")))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> identifiers.setDoi(id, new DoiForm("10.9999/anyone")))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThat(storedDoi()).isNull();
    }

    @Test
    void markupOrAnotherAddressIsRefusedOnTheDoiField() {
        fixture.signIn(CaseStudyFixture.SECRETARIAT);
        for (String typed : new String[] { "10.1234/\"><script>alert(1)</script>", "https://evil.example/10.1234/x",
                "javascript:10.1234/x", "10.12/short", "11.1234/x", "10.1234/", "10.1234/a b" }) {
            assertThatThrownBy(() -> identifiers.setDoi(id, new DoiForm(typed))).as(typed)
                    .isInstanceOfSatisfying(Refused.class, refused -> {
                        assertThat(refused.field()).isEqualTo("doi");
                        assertThat(refused.messageKey()).isEqualTo("case-study.doi.invalid");
                    });
        }
        assertThat(storedDoi()).isNull();
    }

    @Test
    void theSecretariatsDoiIsStoredNormalisedAndRemovedWhenBlank() {
        fixture.signIn(CaseStudyFixture.SECRETARIAT);

        assertThat(identifiers.setDoi(id, new DoiForm("  https://doi.org/10.5555/ABC.Def-1 "))).isEqualTo(
                "10.5555/abc.def-1");
        assertThat(storedDoi()).isEqualTo("10.5555/abc.def-1");
        assertThat(identifiers.setDoi(id, new DoiForm("doi:10.5555/XYZ"))).isEqualTo("10.5555/xyz");
        assertThat(identifiers.setDoi(id, new DoiForm(""))).isNull();
        assertThat(storedDoi()).isNull();
    }

    private String storedDoi() {
        return jdbc.queryForObject("select doi from case_study where id = ?", String.class, id);
    }
}
