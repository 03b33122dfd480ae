package org.healthequity.exchange.insight;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.member.MemberFigures;
import org.healthequity.exchange.member.MemberStateMap;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.PublicReach;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.FileDownload;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardIntegrationTest extends IntegrationTest {

    @Autowired
    private Dashboard dashboard;

    @Autowired
    private MemberFigures memberFigures;

    @Autowired
    private People people;

    @Autowired
    private CaseStudyFixture caseStudies;

    @Autowired
    private OpenCallFixture calls;

    @Autowired
    private WorkgroupFixture groups;

    @Autowired
    private GroupDiscussions discussions;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    /** A month of its own, far from any other test's rows, with the clock in it. */
    private YearMonth ownMonth() {
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2190),
                ThreadLocalRandom.current().nextInt(1, 13));
        clock.set(month.atDay(10).atTime(9, 0).toInstant(ZoneOffset.UTC));
        return month;
    }

    private Figure figure(String id, InsightFilter filter) {
        Accounts.signIn(users, People.SECRETARIAT);
        return dashboard.charts(filter, Language.ENGLISH).stream().map(Chart::figure).filter(f -> f.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void countsMembersJoinedInTheirMonthByNetworkAndRegion() {
        YearMonth month = ownMonth();
        people.withProfile(people.member("Joined Ghana", Network.GKNHE), f -> People.inCountry(f, "GH"));
        people.withProfile(people.member("Joined Chile", Network.GKNHE, Network.HIM), f -> People.inCountry(f, "CL"));
        people.member("Joined Nowhere", Network.HIM);

        Figure all = figure("members-joined", new InsightFilter(month.minusMonths(1), month, null, null));
        assertThat(all.columns()).containsExactly("GKNHE", "HIM Network");
        assertThat(all.rows()).hasSize(2);
        assertThat(all.rows().get(0).values()).containsExactly(0.0, 0.0);
        assertThat(all.rows().get(1).label()).isEqualTo(month.toString());
        assertThat(all.rows().get(1).values()).containsExactly(2.0, 2.0);

        Figure africa = figure("members-joined", new InsightFilter(month, month, null, "AFR"));
        assertThat(africa.rows().getFirst().values()).containsExactly(1.0, 0.0);
        Figure him = figure("members-joined", new InsightFilter(month, month, Network.HIM, null));
        assertThat(him.rows().getFirst().values()).containsExactly(0.0, 2.0);
        assertThat(him.description()).contains("Members joined per month").contains("HIM Network 2");
    }

    @Test
    void countsCaseStudiesSubmittedAndPublishedInTheirMonthByThemeAndRegion() {
        YearMonth month = ownMonth();
        caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Counted housing " + month));
        caseStudies.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Counted draft " + month));
        InsightFilter filter = new InsightFilter(month, month, Network.GKNHE, "WPR");

        assertThat(figure("case-studies", filter).rows().getFirst().values()).containsExactly(2.0, 1.0);
        assertThat(figure("case-studies-by-theme", filter).rows()).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("Housing"))
                .satisfies(r -> assertThat(r.values()).containsExactly(1.0));
        assertThat(figure("case-studies", new InsightFilter(month, month, Network.HIM, null)).rows().getFirst()
                .values()).containsExactly(0.0, 0.0);
        assertThat(figure("case-studies", new InsightFilter(month, month, null, "EMR")).rows().getFirst()
                .values()).as("the case studies are about Fiji and Tonga").containsExactly(0.0, 0.0);
    }

    @Test
    void followsACycleOfTheOpenCallFromDraftToSubmission() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpenCallFixture.ZONE);
        long call = calls.openCall(OpenCallFixture.ZONE, now.minusDays(1), now.plusDays(20));
        int cycle = jdbc.queryForObject("select cycle from open_call where id = ?", Integer.class, call);
        calls.submitted(call, "Funnel Applicant A", "Equity Lab", "GH");
        calls.submitted(call, "Funnel Applicant B", "Health Data Institute", "BR");
        YearMonth year = YearMonth.of(cycle, 1);

        Figure funnel = figure("call-funnel", new InsightFilter(year, year.plusMonths(11), Network.HIM, null));
        assertThat(funnel.columns()).containsExactly("Cycle " + cycle);
        assertThat(funnel.rows()).extracting(Figure.Row::label)
                .containsExactly("Started", "Submitted", "Screened", "Reviewed", "Accepted");
        assertThat(funnel.rows()).extracting(r -> r.values().getFirst()).containsExactly(2.0, 2.0, 0.0, 0.0, 0.0);
        Figure americas = figure("call-funnel", new InsightFilter(year, year.plusMonths(11), null, "AMR"));
        assertThat(americas.rows()).extracting(r -> r.values().getFirst()).containsExactly(1.0, 1.0, 0.0, 0.0, 0.0);
    }

    @Test
    void countsWorkingGroupPostsAndActiveMembersInTheirMonth() {
        WorkgroupFixture.Circle circle = groups.circle("Counted circle " + System.nanoTime(), Network.HIM,
                "Counted Lead", "Counted Member", "Counted Outsider");
        YearMonth month = ownMonth();
        groups.signIn(circle.lead());
        long thread = discussions.start(circle.group(), "First", "Hello all.");
        discussions.reply(thread, "And again.");
        groups.signIn(circle.member());
        discussions.reply(thread, "Thanks.");
        SecurityContextHolder.clearContext();

        Figure activity = figure("group-activity", new InsightFilter(month, month, Network.HIM, null));
        assertThat(activity.columns()).containsExactly("Posts", "Documents added", "Active members");
        assertThat(activity.rows().getFirst().values()).containsExactly(3.0, 0.0, 2.0);
        assertThat(figure("group-activity", new InsightFilter(month, month, Network.GKNHE, null)).rows().getFirst()
                .values()).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void theMapDrawsKnownCountriesAndListsAll194MemberStates() {
        Accounts.signIn(users, People.SECRETARIAT);
        MemberStateFigure map = dashboard.memberStates(InsightFilter.defaults(YearMonth.now(clock)), Language.ENGLISH);
        assertThat(map.rows()).hasSize(194);
        for (String country : List.of("FR", "BR", "IN", "NG", "AU", "CA")) {
            assertThat(map.svg()).contains("data-country=\"" + country + "\"");
        }
        assertThat(map.svg()).startsWith("<svg").contains("role=\"img\"").containsOnlyOnce("tabindex=\"0\"")
                .contains("aria-label=\"France: ");
        assertThat(map.rows()).filteredOn(r -> r.iso2().equals("MT")).singleElement()
                .satisfies(r -> assertThat(r.drawn()).as("Malta is too small at 1:110m").isFalse());
        assertThat(map.rows()).filteredOn(MemberStateFigure.Row::drawn).hasSize(165);

        MemberStateFigure emr = dashboard.memberStates(new InsightFilter(YearMonth.of(2026, 1),
                YearMonth.of(2026, 6), null, "EMR"), Language.FRENCH);
        assertThat(emr.rows()).hasSize(21).allMatch(r -> r.region().equals("EMR"));
        assertThat(emr.svg()).contains("data-country=\"EG\"").doesNotContain("data-country=\"FR\"");
    }

    @Test
    void theMapCountsANewMemberInTheirCountry() {
        Accounts.signIn(users, People.SECRETARIAT);
        long before = memberFigures.membersByCountry(Network.HIM, null).getOrDefault("KE", 0L);
        people.withProfile(people.member("Mapped Kenya", Network.HIM), f -> People.inCountry(f, "KE"));
        Accounts.signIn(users, People.SECRETARIAT);
        assertThat(dashboard.memberStates(new InsightFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                Network.HIM, "AFR"), Language.ENGLISH).rows()).filteredOn(r -> r.iso2().equals("KE")).singleElement()
                .satisfies(r -> assertThat(r.members()).isEqualTo(before + 1));
    }

    @Test
    void thePublicReachWithholdsCountsUnderThree() {
        people.withProfile(people.member("Public Tuvalu " + System.nanoTime(), Network.GKNHE),
                f -> People.inCountry(f, "TV"));
        Accounts.signIn(users, People.SECRETARIAT);
        Map<String, Long> exact = memberFigures.membersByCountry(null, null);
        SecurityContextHolder.clearContext();
        PublicReach reach = memberFigures.publicReach();
        exact.forEach((country, count) -> {
            if (count >= MemberFigures.SMALLEST_PUBLIC_COUNT) {
                assertThat(reach.membersByCountry()).containsEntry(country, count);
            } else {
                assertThat(reach.membersByCountry()).doesNotContainKey(country);
                assertThat(reach.fewMembers()).contains(country);
            }
        });
        assertThat(reach.memberStates()).isEqualTo(exact.size());
        assertThat(exact).containsKey("TV");
    }

    @Test
    void downloadsEachChartAsSvgPngAndCsv() {
        YearMonth month = ownMonth();
        people.member("Downloaded Member", Network.GKNHE);
        Accounts.signIn(users, People.SECRETARIAT);
        InsightFilter filter = new InsightFilter(month, month, null, null);

        FileDownload.Content csv = dashboard.download("members-joined", "csv", filter, Language.ENGLISH).orElseThrow();
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"Month\",\"GKNHE\",\"HIM Network\"\r\n\"" + month + "\",1,0\r\n");
        assertThat(csv.fileName()).isEqualTo("members-joined-" + month + "-" + month + ".csv");
        FileDownload.Content svg = dashboard.download("call-funnel", "svg", filter, Language.ENGLISH).orElseThrow();
        assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg")
                .contains("role=\"img\"");
        assertThat(svg.mediaType()).isEqualTo("image/svg+xml");
        byte[] png = dashboard.download("group-activity", "png", filter, Language.ENGLISH).orElseThrow().bytes();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(new String(dashboard.download(Dashboard.MAP_ID, "csv", filter, Language.ENGLISH).orElseThrow()
                .bytes(), StandardCharsets.UTF_8).lines()).hasSize(195);
        assertThat(new String(dashboard.download(Dashboard.MAP_ID, "svg", filter, Language.ENGLISH).orElseThrow()
                .bytes(), StandardCharsets.UTF_8)).contains("data-country=\"FR\"");
        assertThat(dashboard.download(Dashboard.MAP_ID, "png", filter, Language.ENGLISH)).isEmpty();
        assertThat(dashboard.download("members-joined", "exe", filter, Language.ENGLISH)).isEmpty();
        assertThat(dashboard.download("no-such-chart", "csv", filter, Language.ENGLISH)).isEmpty();
    }

    @Test
    void theDemoWorldShowsAYearOfGroupActivityAndWebinarsBeforeThisMonth() {
        InsightFilter filter = InsightFilter.defaults(YearMonth.now(clock));
        Figure activity = figure("group-activity", filter);
        assertThat(activity.rows().stream().filter(r -> r.values().getFirst() > 0).count())
                .as("months with posts in the demo groups").isGreaterThanOrEqualTo(8);
        Figure webinars = figure("webinar-attendance", filter);
        assertThat(webinars.rows().stream().mapToDouble(r -> r.values().getFirst()).sum())
                .as("places taken in the demo webinars, past monthly meetings included").isGreaterThanOrEqualTo(50);
    }

    @Test
    void thePageKeepsItsFiguresForAMinuteAndThenAsksAgain() {
        YearMonth month = ownMonth();
        people.member("Kept Member", Network.GKNHE);
        Accounts.signIn(users, People.SECRETARIAT);
        InsightFilter filter = new InsightFilter(month, month, null, null);
        Insights first = dashboard.page(filter, Language.ENGLISH);
        assertThat(joined(first)).containsExactly(1.0, 0.0);
        assertThat(first.asOf()).isEqualTo(clock.instant());

        clock.advance(Dashboard.KEPT.minusSeconds(1));
        people.member("Later Member", Network.GKNHE);
        Accounts.signIn(users, People.SECRETARIAT);
        Insights kept = dashboard.page(filter, Language.ENGLISH);
        assertThat(kept.asOf()).isEqualTo(first.asOf());
        assertThat(joined(kept)).as("within the minute, as kept").containsExactly(1.0, 0.0);
        assertThat(joined(dashboard.page(filter, Language.FRENCH))).as("another language is built on its own")
                .containsExactly(2.0, 0.0);

        clock.advance(Duration.ofSeconds(2));
        Insights fresh = dashboard.page(filter, Language.ENGLISH);
        assertThat(fresh.asOf()).isEqualTo(clock.instant());
        assertThat(joined(fresh)).containsExactly(2.0, 0.0);
        assertThat(fresh.charts().getFirst().svg()).isNotEqualTo(first.charts().getFirst().svg());
    }

    @Test
    void anUnchangedChartIsDrawnOnceAndServedAgain() {
        YearMonth month = ownMonth();
        Accounts.signIn(users, People.SECRETARIAT);
        InsightFilter filter = new InsightFilter(month, month, Network.HIM, "SEAR");
        String drawn = dashboard.charts(filter, Language.ENGLISH).getFirst().svg();
        assertThat(dashboard.charts(filter, Language.ENGLISH).getFirst().svg()).isSameAs(drawn);
    }

    @Test
    void aMemberAskingForTheKeptPageIsRefused() {
        Accounts.signIn(users, People.SECRETARIAT);
        InsightFilter filter = InsightFilter.defaults(YearMonth.now(clock));
        dashboard.page(filter, Language.ENGLISH);
        Accounts.signIn(users, people.member("Cache Peeker", Network.HIM));
        assertThatThrownBy(() -> dashboard.page(filter, Language.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    private static List<Double> joined(Insights page) {
        return page.charts().stream().map(Chart::figure).filter(f -> f.id().equals("members-joined")).findFirst()
                .orElseThrow().rows().getFirst().values();
    }

    @Test
    void aMemberAskingForADownloadDirectlyIsRefused() {
        Accounts.signIn(users, people.member("Curious Member", Network.GKNHE));
        InsightFilter filter = InsightFilter.defaults(YearMonth.now(clock));
        assertThatThrownBy(() -> dashboard.download("members-joined", "csv", filter, Language.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.download(Dashboard.MAP_ID, "csv", filter, Language.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.charts(filter, Language.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberFigures.membersByCountry(null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVisitorAskingForADownloadDirectlyIsRefused() {
        // What a download request without a session carries after Spring Security's filters.
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        InsightFilter filter = InsightFilter.defaults(YearMonth.now(clock));
        assertThatThrownBy(() -> dashboard.download("call-funnel", "png", filter, Language.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.memberStates(filter, Language.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shadesInFiveClassesRelativeToTheLargestCount() {
        assertThat(MemberStateMap.shade(0, 40)).isZero();
        assertThat(MemberStateMap.shade(1, 40)).isEqualTo(1);
        assertThat(MemberStateMap.shade(10, 40)).isEqualTo(1);
        assertThat(MemberStateMap.shade(11, 40)).isEqualTo(2);
        assertThat(MemberStateMap.shade(40, 40)).isEqualTo(4);
        assertThat(MemberStateMap.svg(List.of(new MemberStateMap.Area("FR", 3, "<script>\"x\"")), "map"))
                .contains("&lt;script&gt;&quot;x&quot;").doesNotContain("<script>");
    }
}
