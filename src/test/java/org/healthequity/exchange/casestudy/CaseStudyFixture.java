package org.healthequity.exchange.casestudy;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Writing, submitting and deciding case studies in tests, as the people who do it. */
@TestComponent
public record CaseStudyFixture(CaseStudyAuthoring authoring, ModerationQueue queue, UserDetailsService users,
        JdbcTemplate jdbc) {

    public static final String AUTHOR = "member@example.org";
    public static final String SECRETARIAT = "secretariat@example.org";

    public static CaseStudyForm complete(String title) {
        return new CaseStudyForm(Network.GKNHE, Language.ENGLISH, title, Map.of(
                "summary", "Healthy **housing** upgrades in outer islands.", "objectives", "Reduce damp and crowding.",
                "context", "Small island states.", "stakeholders", "Ministries of health and housing.",
                "implementation", "Home visits and repairs.", "results", "400 homes repaired.",
                "enablingFactors", "Community leaders.", "sustainability", "Funded by the national budget.",
                "lessonsLearned", "Start with the households most at risk."), List.of("FJ", "TO"), 2019, 2023, List.of("HOUSING"), List.of("PLACE_OF_RESIDENCE"),
                List.of("11.1", "3.8"), "Ministry of Health (housing@health.example)",
                "https://example.org/report", List.of());
    }

    public void signIn(String email) {
        Accounts.signIn(users, email);
    }

    /** A draft saved by the author; returns its id. */
    public SavedDraft draft(String author, CaseStudyForm form) {
        signIn(author);
        return authoring.saveDraft(null, form, -1, null);
    }

    /** A case study written and submitted by the author; returns its id. */
    public long submitted(String author, CaseStudyForm form) {
        SavedDraft draft = draft(author, form);
        authoring.submit(draft.caseStudyId(), draft.version());
        return draft.caseStudyId();
    }

    /** A case study written, submitted and approved; returns its id. */
    public long published(String author, CaseStudyForm form) {
        long id = submitted(author, form);
        decide(id, Decision.APPROVE, null);
        return id;
    }

    public void decide(long caseStudyId, Decision decision, String comment) {
        signIn(SECRETARIAT);
        queue.decide(openItem(caseStudyId), decision, comment);
        SecurityContextHolder.clearContext();
    }

    public long openItem(long caseStudyId) {
        return jdbc.queryForObject("select id from moderation_item where content_type = 'CASE_STUDY'"
                + " and content_id = ? and status = 'OPEN' order by id desc limit 1", Long.class, caseStudyId);
    }
}
