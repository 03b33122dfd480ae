package org.healthequity.exchange.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The access rule of a service method only the staff may call (the secretariat and administrators, see
 * {@link Role#isStaff()}), said once. Method security reads it through the meta-annotation; views keep
 * {@code @RolesAllowed}, which is what Vaadin reads.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + Role.SECRETARIAT_NAME + "', '" + Role.ADMIN_NAME + "')")
public @interface StaffOnly {
}
