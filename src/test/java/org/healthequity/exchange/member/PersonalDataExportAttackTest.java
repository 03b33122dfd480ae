package org.healthequity.exchange.member;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.healthequity.exchange.support.People;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.opencall.Reviewing;
import org.healthequity.exchange.opencall.Scores;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People download their data to learn what the staff keep internal: who flagged them and why, the secretariat's
 * notes about them or their application, who reviewed it.
 */
@Tag("attack")
class PersonalDataExportAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    private WorkgroupFixture workgroupFixture;

    @Autowired
    private OpenCallFixture openCallFixture;

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    MemberAdministration administration;

    @Autowired
    ModerationQueue queue;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    CallAdministration calls;

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    Reviewing reviewing;

    @Autowired
    CallDecisions decisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void authorDownloadingTheirDataLearnsNeitherWhoFlaggedTheirCaseStudyNorWhy() throws Exception {
        WorkgroupFixture people = people();
        String author = people.person("Ana Author", Network.GKNHE);
        String flagger = people.person("Fred Flagger", Network.GKNHE);
        CaseStudyFixture caseStudies = caseStudyFixture;
        long caseStudy = caseStudies.published(author, CaseStudyFixture.complete("Flagged housing study"));
        caseStudies.signIn(flagger);
        queue.flag("CASE_STUDY", caseStudy, "The author is my rival and exaggerates the results");

        String authorsDownload = download(author);
        assertThat(authorsDownload).doesNotContain("my rival");
        assertThat(mentions(authorsDownload, "raised_by", people.accountId(flagger))).isFalse();

        String flaggersDownload = download(flagger);
        assertThat(flaggersDownload).contains("moderation_flags_i_raised", "my rival");
    }

    @Test
    void authorDownloadingTheirDataLearnsNeitherWhoFlaggedTheirPostNorWhy() throws Exception {
        WorkgroupFixture people = people();
        String lead = people.person("Lena Lead", Network.HIM);
        String member = people.person("Max Member", Network.HIM);
        long group = people.group("Flags", Network.HIM, GroupVisibility.NETWORK, JoinPolicy.OPEN, lead);
        people.signIn(lead);
        long thread = discussions.start(group, "Budget", "Our budget is fine.");
        people.signIn(member);
        membership.join(group, "");
        long post = jdbc.queryForObject("select id from work_group_post where thread_id = ?", Long.class, thread);
        discussions.flag(post, "Lena leaks figures from the ministry");

        String leadsDownload = download(lead);
        assertThat(leadsDownload).contains("Our budget is fine.").doesNotContain("leaks figures");
        assertThat(mentions(leadsDownload, "raised_by", people.accountId(member))).isFalse();
    }

    @Test
    void applicantDownloadingTheirDataDoesNotSeeTheSecretariatsInternalNotes() throws Exception {
        OpenCallFixture fixture = openCallFixture;
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Ines Internal", "Universidad de Chile", "CL");
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.screen(application, true, "Eligible, but the director has a poor reputation");
        calls.close(call);
        var draft = decisions.decisionDraft(application, Decision.WAITLIST);
        decisions.decide(application, draft.version(), Decision.WAITLIST, draft.mail(),
                "Internal: we doubt their budget");

        String download = download(applicantOf(application));
        assertThat(download).contains("WAITLISTED").doesNotContain("doubt their budget", "poor reputation");
    }

    @Test
    void applicantDownloadingTheirDataDoesNotLearnWhoReviewedTheirApplication() throws Exception {
        OpenCallFixture fixture = openCallFixture;
        OpenCallFixture.Reviewer reviewer = fixture.reviewer("Ingrid Exported", "NO", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Rui Reviewed", "University of Tokyo", "JP");
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.screen(application, true, null);
        long review = assignment.assign(application, reviewer.id(), null);
        fixture.signIn(reviewer.email());
        reviewing.submit(review, reviewing.sheet(review).version(), new Scores(Map.of(
                "expertise", new Scores.Score(2, "Thin publication record"), "fit", new Scores.Score(3, "Fair"))));

        String download = download(applicantOf(application));
        assertThat(download).doesNotContain("Ingrid", "Thin publication record");
        assertThat(mentions(download, "reviewer_id", reviewer.id())).isFalse();
    }

    @Test
    void reviewerDownloadingTheirDataDoesNotSeeWhyTheSecretariatOverrodeTheirConflict() throws Exception {
        OpenCallFixture fixture = openCallFixture;
        OpenCallFixture.Reviewer reviewer = fixture.reviewer("Kwame Overridden", "GH", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Gil Ghana", "University of Ghana", "GH");
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.screen(application, true, null);
        assignment.assign(application, reviewer.id(),
                "Nobody else knows the field, though he tends to be lenient");

        assertThat(download(reviewer.email())).doesNotContain("tends to be lenient");
    }

    @Test
    void memberDownloadingTheirDataDoesNotSeeTheSecretariatsStaffNotes() throws Exception {
        String person = people().person("Nora Noted", Network.GKNHE);
        Accounts.signIn(users, OpenCallFixture.SECRETARIAT);
        administration.addNote(people.id(person), "Difficult in meetings; keep off the steering committee");

        assertThat(download(person)).doesNotContain("Difficult in meetings");
    }

    private WorkgroupFixture people() {
        return workgroupFixture;
    }

    /** What the person gets from "Download my data", signed in as themselves. */
    private String download(String email) throws Exception {
        Accounts.signIn(users, email);
        byte[] zip = personalData.exportMyData();
        SecurityContextHolder.clearContext();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean mentions(String json, String field, long id) {
        return Pattern.compile("\"" + field + "\"\\s*:\\s*" + id + "\\b").matcher(json).find();
    }

    private String applicantOf(long application) {
        return jdbc.queryForObject("select a.email from account a join call_application c on c.applicant_id = a.id"
                + " where c.id = ?", String.class, application);
    }
}
