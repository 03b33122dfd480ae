package org.healthequity.exchange.shared.audit;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every refusal of a service method (by its access annotation or by its own object-level check) goes to the audit log,
 * once per call from outside: probing for what one may not do leaves a trace.
 */
@Configuration(proxyBeanMethods = false)
class AccessDenialAudit {

    private static final String APPLICATION = "org.healthequity.exchange.";

    /** Outermost of all advice, so that it also sees the refusals of the method security interceptors. */
    @Bean
    static Advisor accessDenialAdvisor(ObjectProvider<AuditLog> audit) {
        ClassFilter ours = type -> type.getName().startsWith(APPLICATION) && type != AuditLog.class;
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(ours).intersection(new AnnotationMatchingPointcut(Service.class, true)),
                new Recorder(audit));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static final class Recorder implements MethodInterceptor {

        /** How deep the current thread is in audited service calls: only the outermost records. */
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private final ObjectProvider<AuditLog> audit;

        Recorder(ObjectProvider<AuditLog> audit) {
            this.audit = audit;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                if (depth[0] == 1) {
                    record(invocation, e);
                }
                throw e;
            } finally {
                if (--depth[0] == 0) {
                    DEPTH.remove();
                }
            }
        }

        private void record(MethodInvocation invocation, AccessDeniedException e) {
            Method method = invocation.getMethod();
            Class<?> type = invocation.getThis() == null ? method.getDeclaringClass()
                    : AopUtils.getTargetClass(invocation.getThis());
            try {
                audit.getObject().recordIndependently(CurrentUser.actorName(), "access.denied", "service",
                        type.getSimpleName() + "." + method.getName(), AuditOutcome.DENIED,
                        e.getClass().getSimpleName());
            } catch (RuntimeException failure) {
                // The refusal itself must reach the caller even when the audit log cannot be written.
                e.addSuppressed(failure);
            }
        }
    }
}
