package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.healthequity.exchange.casestudy.ui.CaseStudyEditorView;
import org.healthequity.exchange.casestudy.ui.CaseStudyLibraryView;
import org.healthequity.exchange.casestudy.ui.CaseStudyVersionsView;
import org.healthequity.exchange.casestudy.ui.CaseStudyView;
import org.healthequity.exchange.casestudy.ui.MyCaseStudiesView;
import org.healthequity.exchange.member.ui.AccountView;
import org.healthequity.exchange.moderation.ui.ModerationView;
import org.healthequity.exchange.search.ui.SearchAdminView;
import org.healthequity.exchange.search.ui.SearchView;
import org.healthequity.exchange.member.ui.ConfirmEmailView;
import org.healthequity.exchange.member.ui.AcceptInvitationView;
import org.healthequity.exchange.member.ui.AdminInstitutionsView;
import org.healthequity.exchange.member.ui.AdminMembersView;
import org.healthequity.exchange.member.ui.CoverageView;
import org.healthequity.exchange.member.ui.DirectoryView;
import org.healthequity.exchange.member.ui.ImportMembersView;
import org.healthequity.exchange.member.ui.InstitutionView;
import org.healthequity.exchange.member.ui.MemberProfileView;
import org.healthequity.exchange.member.ui.MyProfileView;
import org.healthequity.exchange.member.ui.NetworksView;
import org.healthequity.exchange.member.ui.ForgotPasswordView;
import org.healthequity.exchange.member.ui.RegistrationView;
import org.healthequity.exchange.member.ui.ResetPasswordView;
import org.healthequity.exchange.notification.ui.OutgoingMailView;
import org.healthequity.exchange.opencall.ui.AdminCallsView;
import org.healthequity.exchange.opencall.ui.CallApplicationsView;
import org.healthequity.exchange.opencall.ui.CallEditorView;
import org.healthequity.exchange.webinar.ui.MyWebinarsView;
import org.healthequity.exchange.webinar.ui.WebinarAttendanceView;
import org.healthequity.exchange.webinar.ui.WebinarEditorView;
import org.healthequity.exchange.webinar.ui.WebinarStatisticsView;
import org.healthequity.exchange.webinar.ui.WebinarView;
import org.healthequity.exchange.webinar.ui.WebinarsView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.healthequity.exchange.opencall.ui.ApplyView;
import org.healthequity.exchange.opencall.ui.CallView;
import org.healthequity.exchange.opencall.ui.CallsView;
import org.healthequity.exchange.opencall.ui.MyApplicationsView;
import org.healthequity.exchange.opencall.ui.ReviewView;
import org.healthequity.exchange.opencall.ui.ReviewsView;
import org.healthequity.exchange.workgroup.ui.AdminGroupsView;
import org.healthequity.exchange.workgroup.ui.GroupView;
import org.healthequity.exchange.workgroup.ui.GroupsView;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × every role with the outcome expected: shown, sent to sign in, or denied. A new route fails
 * {@link #everyRouteHasRows()} until its rows are added here.
 */
class AuthorizationMatrixViewTest extends ViewTest {

    enum Outcome {
        SHOWN, LOGIN, DENIED
    }

    /** Who is looking: a visitor, or a demo account holding one role. */
    enum Viewer {
        ANONYMOUS(null), APPLICANT("applicant@example.org"), MEMBER("member@example.org"),
        GROUP_LEAD("lead@example.org"), STEERING_COMMITTEE("reviewer@example.org"),
        SECRETARIAT("secretariat@example.org"), ADMIN("admin@example.org");

        final String email;

        Viewer(String email) {
            this.email = email;
        }
    }

    private record Rule(Class<? extends Component> view, Map<Viewer, Outcome> outcomes) {
    }

    private static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    /**
     * Who may write case studies: network members and staff. The demo lead writes as a network member (MEMBER); GROUP_LEAD
     * alone is refused (GroupLeadAttackTest).
     */
    private static final Viewer[] WRITERS = {Viewer.MEMBER, Viewer.GROUP_LEAD, Viewer.STEERING_COMMITTEE,
        Viewer.SECRETARIAT, Viewer.ADMIN};

    /** A concrete address for each route template (the demo data's first institution and a listed person). */
    private static final Map<String, String> SAMPLE_PATHS = Map.ofEntries(Map.entry(":path*", "no/such/page"),
            Map.entry("members/:id", "members/1"), Map.entry("institutions/:id", "institutions/1"),
            Map.entry("case-studies/:id", "case-studies/1"), Map.entry("case-studies/:id/edit", "case-studies/1/edit"),
            Map.entry("case-studies/:id/versions", "case-studies/1/versions"), Map.entry("calls/:id", "calls/1"),
            Map.entry("calls/:id/apply", "calls/1/apply"), Map.entry("reviews/:id", "reviews/1"),
            Map.entry("admin/calls/:id", "admin/calls/1"),
            Map.entry("admin/calls/:id/applications", "admin/calls/1/applications"),
            Map.entry("webinars/:id", "webinars/1"), Map.entry("webinars/:id/edit", "webinars/1/edit"),
            Map.entry("webinars/:id/attendance", "webinars/1/attendance"),
            Map.entry("groups/:slug", "groups/health-inequality-data-standards"));

    static {
        // Public pages: everyone sees them ("" and "login" send a signed-in person on to the dashboard).
        MATRIX.put("about", everyone(HomeView.class));
        MATRIX.put("register", everyone(RegistrationView.class));
        MATRIX.put("register/confirm", everyone(ConfirmEmailView.class));
        MATRIX.put("password/forgot", everyone(ForgotPasswordView.class));
        MATRIX.put("password/reset", everyone(ResetPasswordView.class));
        MATRIX.put(":path*", everyone(UnknownAddressView.class));
        MATRIX.put("members", everyone(DirectoryView.class));
        MATRIX.put("networks", everyone(NetworksView.class));
        MATRIX.put("members/:id", everyone(MemberProfileView.class));
        MATRIX.put("institutions/:id", everyone(InstitutionView.class));
        MATRIX.put("my/profile", signedIn(MyProfileView.class));
        MATRIX.put("admin/coverage", only(CoverageView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/members", only(AdminMembersView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("invitations/accept", everyone(AcceptInvitationView.class));
        MATRIX.put("admin/members/import", only(ImportMembersView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/institutions", only(AdminInstitutionsView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("", forwardsSignedIn(HomeView.class));
        MATRIX.put("login", forwardsSignedIn(LoginView.class));
        MATRIX.put("case-studies", everyone(CaseStudyLibraryView.class));
        MATRIX.put("case-studies/:id", everyone(CaseStudyView.class));
        MATRIX.put("case-studies/new", only(CaseStudyEditorView.class, WRITERS));
        MATRIX.put("case-studies/:id/edit", only(CaseStudyEditorView.class, WRITERS));
        MATRIX.put("case-studies/:id/versions", signedIn(CaseStudyVersionsView.class));
        MATRIX.put("my/case-studies", only(MyCaseStudiesView.class, WRITERS));
        MATRIX.put("moderation", only(ModerationView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("search", everyone(SearchView.class));
        MATRIX.put("admin/search", only(SearchAdminView.class, Viewer.ADMIN));
        MATRIX.put("calls", everyone(CallsView.class));
        MATRIX.put("calls/:id", everyone(CallView.class));
        MATRIX.put("calls/:id/apply", signedIn(ApplyView.class));
        MATRIX.put("my/applications", signedIn(MyApplicationsView.class));
        MATRIX.put("reviews", only(ReviewsView.class, Viewer.STEERING_COMMITTEE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("reviews/:id", only(ReviewView.class, Viewer.STEERING_COMMITTEE, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("admin/calls", only(AdminCallsView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/calls/new", only(CallEditorView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/calls/:id", only(CallEditorView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/calls/:id/applications", only(CallApplicationsView.class, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("webinars", everyone(WebinarsView.class));
        MATRIX.put("webinars/:id", everyone(WebinarView.class));
        MATRIX.put("webinars/new", only(WebinarEditorView.class, Viewer.GROUP_LEAD, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("webinars/:id/edit", only(WebinarEditorView.class, Viewer.GROUP_LEAD, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("webinars/:id/attendance", only(WebinarAttendanceView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/webinar-statistics", only(WebinarStatisticsView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("my/webinars", signedIn(MyWebinarsView.class));
        MATRIX.put("groups", everyone(GroupsView.class));
        MATRIX.put("groups/:slug", everyone(GroupView.class));
        MATRIX.put("admin/groups", only(AdminGroupsView.class, Viewer.SECRETARIAT, Viewer.ADMIN));
        // Signed-in pages.
        MATRIX.put("dashboard", signedIn(DashboardView.class));
        MATRIX.put("account", signedIn(AccountView.class));
        // Administration.
        MATRIX.put("admin/audit", only(AuditView.class, Viewer.ADMIN));
        MATRIX.put("admin/mail", only(OutgoingMailView.class, Viewer.ADMIN));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        MATRIX.forEach((route, rule) -> rule.outcomes.forEach((viewer, outcome) ->
                cells.add(Arguments.of(route, viewer, outcome))));
        return cells.stream();
    }

    @ParameterizedTest(name = "/{0} as {1}: {2}")
    @MethodSource("cells")
    void routeAnswersEachRoleAsExpected(String route, Viewer viewer, Outcome outcome) {
        if (viewer.email != null) {
            login(viewer.email);
        }
        navigate(SAMPLE_PATHS.getOrDefault(route, route));
        Class<? extends Component> shown = currentView();
        switch (outcome) {
            case SHOWN -> assertThat(shown).isEqualTo(expectedView(route, viewer));
            case LOGIN -> assertThat(shown).isEqualTo(LoginView.class);
            case DENIED -> assertThat(shown).isEqualTo(AccessDeniedView.class);
        }
    }

    @Test
    void everyRouteHasRows() {
        Set<String> routes = new TreeSet<>();
        for (Class<? extends Component> view : new Routes().autoDiscoverViews("org.healthequity.exchange").getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.add(route.value());
            }
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.add(alias.value());
            }
        }
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(routes);
        MATRIX.values().forEach(rule -> assertThat(rule.outcomes.keySet()).containsExactlyInAnyOrder(Viewer.values()));
    }

    private static Class<? extends Component> expectedView(String route, Viewer viewer) {
        Rule rule = MATRIX.get(route);
        boolean forwards = (route.isEmpty() || route.equals("login")) && viewer != Viewer.ANONYMOUS;
        return forwards ? DashboardView.class : rule.view;
    }

    private static Rule everyone(Class<? extends Component> view) {
        Map<Viewer, Outcome> outcomes = new LinkedHashMap<>();
        for (Viewer viewer : Viewer.values()) {
            outcomes.put(viewer, Outcome.SHOWN);
        }
        return new Rule(view, outcomes);
    }

    private static Rule forwardsSignedIn(Class<? extends Component> view) {
        return everyone(view);
    }

    private static Rule signedIn(Class<? extends Component> view) {
        Rule rule = everyone(view);
        rule.outcomes.put(Viewer.ANONYMOUS, Outcome.LOGIN);
        return rule;
    }

    private static Rule only(Class<? extends Component> view, Viewer... allowed) {
        Rule rule = signedIn(view);
        Set<Viewer> permitted = Set.of(allowed);
        for (Viewer viewer : Viewer.values()) {
            if (viewer != Viewer.ANONYMOUS && !permitted.contains(viewer)) {
                rule.outcomes.put(viewer, Outcome.DENIED);
            }
        }
        return rule;
    }
}
