package org.healthequity.exchange.casestudy;

import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * National clearance in tests (ADR 0032). Its focal points clear for two Member States no other test's case study
 * names, and {@link #forget()} takes them away after each test, so no other test's approval waits for them.
 */
@TestComponent
public record ClearanceFixture(CaseStudyClearance clearance, CaseStudyFixture caseStudies, People people,
        UserDetailsService users, JdbcTemplate jdbc) {

    public static final String MONGOLIA = "MN";
    public static final String BHUTAN = "BT";

    /** The complete case study of {@link CaseStudyFixture#complete}, naming these countries. */
    public static CaseStudyForm naming(String title, String... countries) {
        CaseStudyForm f = CaseStudyFixture.complete(title);
        return new CaseStudyForm(f.network(), f.language(), f.title(), f.sections(), List.of(countries), f.yearFrom(),
                f.yearTo(), f.themes(), f.dimensions(), f.sdgTargets(), f.contacts(), f.links(), f.coAuthorIds());
    }

    /** A new member, named focal point of the country by the secretariat; returns their address. */
    public String focalPoint(String name, String country) {
        String email = people.member(name, Network.GKNHE);
        Accounts.signIn(users, CaseStudyFixture.SECRETARIAT);
        clearance.name(email, country);
        SecurityContextHolder.clearContext();
        return email;
    }

    /** A case study written by the author, submitted and approved by the secretariat; returns its id. */
    public long approved(String author, CaseStudyForm form) {
        long id = caseStudies.submitted(author, form);
        caseStudies.decide(id, Decision.APPROVE, null);
        return id;
    }

    /** The pending clearance of the case study for the country, as its focal point sees it. */
    public ClearanceItem pending(String focalPoint, long caseStudyId, String country) {
        Accounts.signIn(users, focalPoint);
        return clearance.mine().stream().filter(c -> c.caseStudyId() == caseStudyId && c.country().equals(country))
                .findFirst().orElseThrow(() -> new AssertionError("no clearance of " + caseStudyId + " for " + country));
    }

    public void forget() {
        jdbc.update("delete from clearance_focal_point where country in (?, ?)", MONGOLIA, BHUTAN);
    }
}
