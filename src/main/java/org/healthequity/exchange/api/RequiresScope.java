package org.healthequity.exchange.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.healthequity.exchange.member.TokenScope;

/**
 * The scope a personal access token needs for an endpoint: on the method, else on its controller. Every endpoint of the
 * API has one: {@link ScopeCheck} refuses a token request to an endpoint without it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface RequiresScope {

    TokenScope value();
}
