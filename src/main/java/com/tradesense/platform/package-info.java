/**
 * Cross-cutting concerns every module relies on: HTTP conventions (problem details, request ids, paging),
 * security (JWT resource server, headers, CORS), rate limiting, mail delivery and the embedded database.
 * The types in this package are the API other modules use; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package com.tradesense.platform;
