package com.tradesense.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.tradesense.identity.IdentityEvent;
import com.tradesense.identity.Role;
import com.tradesense.identity.UserId;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.ClientOrigin;
import com.tradesense.platform.PageQuery;
import com.tradesense.platform.PageResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff work on accounts. Only a super-admin grants or withdraws the admin roles, and nobody withdraws their own
 * super-admin role (the last one could lock everyone out).
 */
@Service
public class UserAdministration {

    private static final Set<Role> STAFF_ROLES = EnumSet.of(Role.ADMIN, Role.SUPER_ADMIN);

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(UserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<User> search(String query, PageQuery page) {
        String pattern = query == null ? "" : escapeLike(query.trim().toLowerCase(java.util.Locale.ROOT));
        return PageResponse.of(users.search(pattern, page.offset(), page.size()), page, users.count(pattern));
    }

    @Transactional
    public User changeRoles(UserId actor, Set<Role> actorRoles, UserId target, Set<Role> requested,
            ClientOrigin origin) {
        User user = users.findById(target)
                .orElseThrow(() -> ApiException.notFound("USER_NOT_FOUND", "No user with this id."));
        Set<Role> after = EnumSet.of(Role.USER);
        after.addAll(requested);
        Set<Role> before = EnumSet.copyOf(user.roles());
        boolean touchesStaffRoles = STAFF_ROLES.stream().anyMatch(role -> before.contains(role) != after.contains(role));
        if (touchesStaffRoles && !actorRoles.contains(Role.SUPER_ADMIN)) {
            throw new ApiException(403, "SUPER_ADMIN_REQUIRED", "Only a super-admin can grant or withdraw admin roles.");
        }
        if (actor.equals(target) && before.contains(Role.SUPER_ADMIN) && !after.contains(Role.SUPER_ADMIN)) {
            throw ApiException.unprocessable("CANNOT_DEMOTE_SELF", "You cannot withdraw your own super-admin role.");
        }
        if (before.equals(after)) {
            return user;
        }
        Instant now = clock.instant();
        users.updateRoles(target, after, now);
        events.publishEvent(new IdentityEvent.RolesChanged(target, user.email(), origin, now, actor, before, after));
        return users.findById(target).orElseThrow();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
