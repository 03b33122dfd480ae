package org.healthequity.exchange.shared;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.security.StaffOnly;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import static org.assertj.core.api.Assertions.assertThat;

/** Deny by default: every view and every public service method says who may use it, exactly once. */
class AccessAnnotationsTest {

    private static final Set<Class<? extends Annotation>> VIEW_RULES = Set.of(AnonymousAllowed.class,
            PermitAll.class, RolesAllowed.class, DenyAll.class);
    private static final Set<Class<? extends Annotation>> SERVICE_RULES = Set.of(PermitAll.class,
            RolesAllowed.class, DenyAll.class, PreAuthorize.class, StaffOnly.class);

    @Test
    void everyViewCarriesExactlyOneAccessAnnotation() {
        Routes routes = new Routes().autoDiscoverViews("org.healthequity.exchange");
        List<Class<?>> views = new ArrayList<>(routes.getRoutes());
        views.addAll(routes.getErrorRoutes());
        assertThat(views).as("views discovered").hasSizeGreaterThan(8);
        List<String> wrong = views.stream()
                .filter(v -> v.getPackageName().startsWith("org.healthequity.exchange"))
                .filter(v -> VIEW_RULES.stream().filter(v::isAnnotationPresent).count() != 1)
                .map(Class::getName).toList();
        assertThat(wrong).as("views without exactly one access annotation").isEmpty();
    }

    @Test
    void layoutsCarryExactlyOneAccessAnnotation() throws ClassNotFoundException {
        for (Class<?> layout : scan(Layout.class)) {
            assertThat(VIEW_RULES.stream().filter(layout::isAnnotationPresent).count()).as(layout.getName())
                    .isEqualTo(1);
        }
    }

    @Test
    void everyPublicServiceMethodStatesWhoMayCallIt() throws ClassNotFoundException {
        List<Class<?>> services = scan(Service.class);
        assertThat(services).as("services found").isNotEmpty();
        List<String> open = new ArrayList<>();
        for (Class<?> service : services) {
            boolean classRule = SERVICE_RULES.stream().anyMatch(service::isAnnotationPresent);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                long rules = SERVICE_RULES.stream().filter(method::isAnnotationPresent).count();
                if (rules > 1 || (rules == 0 && !classRule)) {
                    open.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(open).as("public service methods without exactly one access rule").isEmpty();
    }

    private static List<Class<?>> scan(Class<? extends Annotation> annotation) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.healthequity.exchange")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        return Stream.of(found.toArray(Class<?>[]::new)).toList();
    }
}
