package org.healthequity.exchange.api;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every failure of the API as an RFC 9457 problem document ({@code application/problem+json}): a bad parameter is 400
 * and names it, a token without the endpoint's scope 403, an unknown id 404, anything unexpected 500 without a trace
 * of the code.
 */
@RestControllerAdvice(basePackageClasses = Problems.class)
class Problems {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameter bad) {
        return badRequest(bad.parameter(), bad.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return badRequest(mismatch.getName(), "The value cannot be read as "
                + (mismatch.getRequiredType() == null ? "required" : mismatch.getRequiredType().getSimpleName()
                        .toLowerCase(java.util.Locale.ROOT)) + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException missing) {
        return badRequest(missing.getParameterName(), "The parameter is required.");
    }

    @ExceptionHandler(InsufficientScope.class)
    ResponseEntity<ProblemDetail> insufficientScope(InsufficientScope insufficient) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, insufficient.getMessage());
        String challenge = "Bearer error=\"insufficient_scope\"";
        if (insufficient.scope() != null) {
            problem.setProperty("scope", insufficient.scope().code());
            challenge += ", scope=\"" + insufficient.scope().code() + "\"";
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .contentType(PROBLEM).body(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        return answer(problem(HttpStatus.NOT_FOUND, notFound.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        LOG.error("The API failed to answer", failure);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be answered."));
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> badRequest(String parameter, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Parameter '" + parameter + "': " + detail);
        problem.setProperty("parameter", parameter);
        return answer(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
    }
}
