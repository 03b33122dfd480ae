package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.healthequity.exchange.support.ViewTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × every role with the outcome expected: shown, sent to sign in, or denied. A new route fails
 * {@link #everyRouteHasRows()} until its rows are added here. Routes are named by address, so that this test needs
 * none of the feature modules' views (they are internal to their modules): "shown" means the view registered at that
 * address, unless the row names one of the shell's own views (a signed-in person sent on to the dashboard).
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

    /** A row: the shell's view expected at the address, or null for the feature view registered at it. */
    private record Rule(@Nullable Class<? extends Component> view, Map<Viewer, Outcome> outcomes) {
    }

    private static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    /** The view of a feature module registered at the row's address. */
    private static final @Nullable Class<? extends Component> FEATURE = null;

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
            Map.entry("calls/:id/apply", "calls/1/apply"),
            Map.entry("my/applications/:id/reviewers", "my/applications/1/reviewers"),
            Map.entry("my/applications/:id/follow-up", "my/applications/1/follow-up"),
            Map.entry("reviews/:id", "reviews/1"),
            Map.entry("admin/calls/:id", "admin/calls/1"),
            Map.entry("admin/calls/:id/applications", "admin/calls/1/applications"),
            Map.entry("admin/calls/:id/follow-up", "admin/calls/1/follow-up"),
            Map.entry("webinars/:id", "webinars/1"), Map.entry("webinars/:id/edit", "webinars/1/edit"),
            Map.entry("webinars/:id/attendance", "webinars/1/attendance"),
            Map.entry("groups/:slug", "groups/health-inequality-data-standards"),
            Map.entry("admin/newsletters/:id", "admin/newsletters/new"), Map.entry("newsletters/:id", "newsletters/1"),
            Map.entry("applications/:id/versions", "applications/1/versions"),
            Map.entry("applications/:id/review", "applications/1/review"),
            Map.entry("consultations/:id", "consultations/1"));

    static {
        // Public pages: everyone sees them ("" and "login" send a signed-in person on to the dashboard).
        MATRIX.put("about", everyone(HomeView.class));
        MATRIX.put("accessibility", everyone(AccessibilityView.class));
        MATRIX.put("register", everyone(FEATURE));
        MATRIX.put("register/confirm", everyone(FEATURE));
        MATRIX.put("password/forgot", everyone(FEATURE));
        MATRIX.put("password/reset", everyone(FEATURE));
        MATRIX.put(":path*", everyone(UnknownAddressView.class));
        MATRIX.put("members", everyone(FEATURE));
        MATRIX.put("networks", everyone(FEATURE));
        MATRIX.put("members/:id", everyone(FEATURE));
        MATRIX.put("institutions/:id", everyone(FEATURE));
        MATRIX.put("my/profile", signedIn(FEATURE));
        MATRIX.put("admin/coverage", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/insights", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/members", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("invitations/accept", everyone(FEATURE));
        MATRIX.put("admin/members/import", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/institutions", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("", forwardsSignedIn(HomeView.class));
        MATRIX.put("login", forwardsSignedIn(LoginView.class));
        MATRIX.put("login/unknown", everyone(SignInRefusedView.class));
        MATRIX.put("case-studies", everyone(FEATURE));
        MATRIX.put("case-studies/:id", everyone(FEATURE));
        MATRIX.put("case-studies/new", only(FEATURE, WRITERS));
        MATRIX.put("case-studies/:id/edit", only(FEATURE, WRITERS));
        MATRIX.put("case-studies/:id/versions", signedIn(FEATURE));
        MATRIX.put("my/case-studies", only(FEATURE, WRITERS));
        MATRIX.put("moderation", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("clearance", only(FEATURE, WRITERS));
        MATRIX.put("translations", only(FEATURE, WRITERS));
        MATRIX.put("admin/clearance", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("search", everyone(FEATURE));
        MATRIX.put("admin/search", only(FEATURE, Viewer.ADMIN));
        MATRIX.put("calls", everyone(FEATURE));
        MATRIX.put("calls/:id", everyone(FEATURE));
        MATRIX.put("calls/:id/apply", signedIn(FEATURE));
        MATRIX.put("my/applications", signedIn(FEATURE));
        MATRIX.put("my/applications/:id/reviewers", signedIn(FEATURE));
        MATRIX.put("my/applications/:id/follow-up", signedIn(FEATURE));
        MATRIX.put("reviews", only(FEATURE, Viewer.STEERING_COMMITTEE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("reviews/:id", only(FEATURE, Viewer.STEERING_COMMITTEE, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("applications/:id/versions", signedIn(FEATURE));
        MATRIX.put("applications/:id/review", only(FEATURE, Viewer.STEERING_COMMITTEE, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("admin/calls", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/calls/new", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/calls/:id", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/calls/:id/applications", only(FEATURE, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("admin/calls/:id/follow-up", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("webinars", everyone(FEATURE));
        MATRIX.put("webinars/:id", everyone(FEATURE));
        MATRIX.put("webinars/new", only(FEATURE, Viewer.GROUP_LEAD, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("webinars/:id/edit", only(FEATURE, Viewer.GROUP_LEAD, Viewer.SECRETARIAT,
                Viewer.ADMIN));
        MATRIX.put("webinars/:id/attendance", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/webinar-statistics", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("my/webinars", signedIn(FEATURE));
        MATRIX.put("groups", everyone(FEATURE));
        MATRIX.put("groups/:slug", everyone(FEATURE));
        MATRIX.put("admin/groups", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("newsletters", signedIn(FEATURE));
        MATRIX.put("newsletters/:id", signedIn(FEATURE));
        MATRIX.put("newsletters/unsubscribe", everyone(FEATURE));
        MATRIX.put("admin/newsletters", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        MATRIX.put("admin/newsletters/:id", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        // Consultations: signed-in people see the list and the pages they take part in (the service answers the
        // rest as unknown); the secretariat runs them.
        MATRIX.put("consultations", signedIn(FEATURE));
        MATRIX.put("consultations/:id", signedIn(FEATURE));
        MATRIX.put("admin/consultations", only(FEATURE, Viewer.SECRETARIAT, Viewer.ADMIN));
        // Signed-in pages.
        MATRIX.put("dashboard", signedIn(DashboardView.class));
        MATRIX.put("account", signedIn(FEATURE));
        // Administration.
        MATRIX.put("admin/audit", only(AuditView.class, Viewer.ADMIN));
        MATRIX.put("admin/mail", only(FEATURE, Viewer.ADMIN));
    }

    /** An address for each route, as a person would open it (for tests that visit every page). */
    static List<String> sampleAddresses() {
        return MATRIX.keySet().stream().map(route -> SAMPLE_PATHS.getOrDefault(route, route)).toList();
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
            case SHOWN -> {
                Class<? extends Component> expected = expectedView(route, viewer);
                if (expected != null) {
                    assertThat(shown).isEqualTo(expected);
                } else {
                    assertThat(addresses(shown)).as("the view registered at /%s", route).contains(route);
                }
            }
            case LOGIN -> assertThat(shown).isEqualTo(LoginView.class);
            case DENIED -> assertThat(shown).isEqualTo(AccessDeniedView.class);
        }
    }

    @Test
    void everyRouteHasRows() {
        Set<String> routes = new TreeSet<>();
        for (Class<? extends Component> view : new Routes().autoDiscoverViews("org.healthequity.exchange").getRoutes()) {
            routes.addAll(addresses(view));
        }
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(routes);
        MATRIX.values().forEach(rule -> assertThat(rule.outcomes.keySet()).containsExactlyInAnyOrder(Viewer.values()));
    }

    /** The addresses a view is registered at: its route and its aliases. */
    private static Set<String> addresses(Class<? extends Component> view) {
        Set<String> addresses = new TreeSet<>();
        Route route = view.getAnnotation(Route.class);
        if (route != null) {
            addresses.add(route.value());
        }
        for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
            addresses.add(alias.value());
        }
        return addresses;
    }

    private static @Nullable Class<? extends Component> expectedView(String route, Viewer viewer) {
        Rule rule = MATRIX.get(route);
        boolean forwards = (route.isEmpty() || route.equals("login")) && viewer != Viewer.ANONYMOUS;
        return forwards ? DashboardView.class : rule.view;
    }

    private static Rule everyone(@Nullable Class<? extends Component> view) {
        Map<Viewer, Outcome> outcomes = new LinkedHashMap<>();
        for (Viewer viewer : Viewer.values()) {
            outcomes.put(viewer, Outcome.SHOWN);
        }
        return new Rule(view, outcomes);
    }

    private static Rule forwardsSignedIn(@Nullable Class<? extends Component> view) {
        return everyone(view);
    }

    private static Rule signedIn(@Nullable Class<? extends Component> view) {
        Rule rule = everyone(view);
        rule.outcomes.put(Viewer.ANONYMOUS, Outcome.LOGIN);
        return rule;
    }

    private static Rule only(@Nullable Class<? extends Component> view, Viewer... allowed) {
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
