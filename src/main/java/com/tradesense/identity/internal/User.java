package com.tradesense.identity.internal;

import java.time.Instant;
import java.util.Set;

import com.tradesense.identity.Role;
import com.tradesense.identity.UserId;

record User(UserId id, String email, String passwordHash, String displayName, Set<Role> roles, String locale,
        Instant emailVerifiedAt, Instant createdAt) {

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }
}
