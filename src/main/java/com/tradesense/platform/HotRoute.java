package com.tradesense.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose route is tried before Spring MVC's search over every mapping. A path with variables
 * (such as {@code /api/v1/accounts/{id}/orders}) has no direct lookup, so the search tests every mapping of the
 * application against it: a tenth of an order request's CPU at 2,000 orders/s (docs/BENCHMARKS.md).
 * <p>
 * Only for a route no other mapping can also match: the first hot route whose full condition (method, path, headers,
 * media types) matches is taken without comparing it to the others. {@code HotRouteHandlerMappingTests} checks every
 * hot route against the full search.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HotRoute {
}
