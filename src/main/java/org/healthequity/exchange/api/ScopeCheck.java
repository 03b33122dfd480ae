package org.healthequity.exchange.api;

import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a token request to an endpoint outside the token's scopes. Requests without a token are not concerned: they
 * see what a visitor sees. Deny by default: an endpoint of this module without {@link RequiresScope} is refused to
 * every token (the OpenAPI document and Swagger UI are springdoc's, outside this module, and need no scope).
 */
@Configuration(proxyBeanMethods = false)
class ScopeCheck implements WebMvcConfigurer, HandlerInterceptor {

    /** The request attribute {@link ApiGate} sets to the scopes of a valid token. */
    static final String SCOPES = ScopeCheck.class.getName() + ".scopes";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(SCOPES) instanceof Set<?> granted) || !(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().equals(ScopeCheck.class.getPackageName())) {
            return true;
        }
        RequiresScope required = method.hasMethodAnnotation(RequiresScope.class)
                ? method.getMethodAnnotation(RequiresScope.class)
                : method.getBeanType().getAnnotation(RequiresScope.class);
        if (required == null) {
            throw new InsufficientScope(null);
        }
        if (!granted.contains(required.value())) {
            throw new InsufficientScope(required.value());
        }
        return true;
    }
}
