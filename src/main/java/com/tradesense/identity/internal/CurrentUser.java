package com.tradesense.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.tradesense.identity.Role;
import com.tradesense.identity.UserId;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller as the access token describes them. */
record CurrentUser(UserId id, UUID sessionId, Set<Role> roles) {

    static CurrentUser of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        var claim = jwt.getClaimAsStringList("roles");
        if (claim != null) {
            claim.forEach(role -> roles.add(Role.valueOf(role)));
        }
        return new CurrentUser(UserId.of(jwt.getSubject()),
                UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION_CLAIM)), roles);
    }
}
