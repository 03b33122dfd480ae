package org.healthequity.exchange.shared.security;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

import com.vaadin.flow.component.Component;

/**
 * The JSR-250 rules ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}, {@link StaffOnly}) on services, as
 * {@code @EnableMethodSecurity(jsr250Enabled = true)} would apply them, but not on Vaadin components. A view carries
 * the same annotations for Vaadin's navigation access control, which decides who may open it; with the standard
 * advisor Spring also wrapped every view instance in a method-security proxy, built anew for each page a person opens
 * (a quarter of a first view's CPU went into creating view beans). Services are proxied and checked as before.
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OutsideViews() {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(standard.getPointcut()).intersection(notAComponent),
                new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        return interceptor;
    }
}
