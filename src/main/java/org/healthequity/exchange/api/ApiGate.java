package org.healthequity.exchange.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.TokenHolder;
import org.healthequity.exchange.shared.security.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's door, for each request: a personal access token ({@code Authorization: Bearer hex_...}) makes the request
 * its member's for this request only (nothing is kept in a session); an unknown, expired or revoked one is refused
 * with 401. Then the rate limit: per token with a valid one, else per client address (failed tokens included, so
 * guessing secrets is slowed too), answered with 429 and {@code Retry-After} (the seconds left in the window). A valid
 * token's scopes are left on the request for {@link ScopeCheck}.
 */
class ApiGate extends OncePerRequestFilter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final RateLimiter limiter;
    private final ApiSettings settings;
    private final JsonMapper json;

    ApiGate(AccessTokens tokens, RateLimiter limiter, ApiSettings settings, JsonMapper json) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<TokenHolder> holder = Optional.empty();
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            holder = tokens.authenticate(header.substring(BEARER.length()).strip());
            if (holder.isEmpty()) {
                RateLimiter.Permit permit = addressPermit(request);
                if (permit.allowed()) {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                    problem(response, HttpStatus.UNAUTHORIZED,
                            "The access token is unknown, expired or revoked.");
                } else {
                    tooMany(response, permit);
                }
                return;
            }
        }
        RateLimiter.Permit permit = holder.isPresent()
                ? limiter.acquire("api:token:" + holder.get().tokenId(), settings.perTokenPerMinute(), WINDOW)
                : addressPermit(request);
        if (!permit.allowed()) {
            tooMany(response, permit);
            return;
        }
        if (holder.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ScopeCheck.SCOPES, holder.get().scopes());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.get().user(), null,
                holder.get().user().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RateLimiter.Permit addressPermit(HttpServletRequest request) {
        return limiter.acquire("api:address:" + request.getRemoteAddr(), settings.perAddressPerMinute(), WINDOW);
    }

    /** {@code Retry-After} in whole seconds until the window frees, rounded up, so a client that waits is let in. */
    private void tooMany(HttpServletResponse response, RateLimiter.Permit permit) throws IOException {
        long millis = permit.retryAfter().toMillis();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (millis + 999) / 1000)));
        problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again after the time in Retry-After.");
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = Problems.problem(status, detail);
        response.setStatus(status.value());
        response.setContentType(Problems.PROBLEM.toString());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
