package com.tradesense.identity.internal;

import java.util.UUID;

import com.tradesense.identity.UserId;
import com.tradesense.identity.internal.IdentityApi.RolesUpdateRequest;
import com.tradesense.identity.internal.IdentityApi.UserView;
import com.tradesense.platform.ClientOrigin;
import com.tradesense.platform.PageQuery;
import com.tradesense.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPER_ADMIN')")
@Tag(name = "Admin: users")
class AdminUserController {

    private final UserAdministration administration;

    AdminUserController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Find users by email or display name")
    PageResponse<UserView> users(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return administration.search(q, new PageQuery(page, size)).map(UserView::of);
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace a user's roles", description = "USER is always kept. Admin roles need a super-admin.")
    UserView changeRoles(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @Valid @RequestBody RolesUpdateRequest body, HttpServletRequest request) {
        CurrentUser actor = CurrentUser.of(jwt);
        return UserView.of(administration.changeRoles(actor.id(), actor.roles(), new UserId(id), body.roles(),
                ClientOrigin.of(request)));
    }
}
