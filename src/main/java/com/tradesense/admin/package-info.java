/**
 * Staff tooling. For now the security audit log: every identity event is recorded with who, when, from where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package com.tradesense.admin;
