/**
 * Members and staff: registration, sign-in with rotating refresh tokens, sessions per device, email verification,
 * password reset and roles. Publishes {@link com.tradesense.identity.IdentityEvent}s that the audit log records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.tradesense.identity;
