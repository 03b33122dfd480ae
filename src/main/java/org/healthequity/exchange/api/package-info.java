/**
 * The read API for machines: JSON at {@code /api/v1} over what the public pages show (case studies, webinars, open
 * calls, networks, full-text search), read through the feature modules' public services, with personal access tokens
 * that act as their member within their scopes, keyset cursors, ETags, problem documents, rate limits and an OpenAPI
 * description (ADR 0022).
 */
@ApplicationModule(allowedDependencies = {"casestudy::api", "webinar::api", "opencall::api", "search::api",
        "member::api", "member::reference", "shared"})
@NullMarked
package org.healthequity.exchange.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
