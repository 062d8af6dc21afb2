package com.tradesense.identity.internal;

import java.util.List;
import java.util.UUID;

import com.tradesense.identity.internal.IdentityApi.EmailVerificationRequest;
import com.tradesense.identity.internal.IdentityApi.ForgotPasswordRequest;
import com.tradesense.identity.internal.IdentityApi.LoginRequest;
import com.tradesense.identity.internal.IdentityApi.PasswordChangeRequest;
import com.tradesense.identity.internal.IdentityApi.PasswordResetRequest;
import com.tradesense.identity.internal.IdentityApi.ProfileUpdateRequest;
import com.tradesense.identity.internal.IdentityApi.RefreshRequest;
import com.tradesense.identity.internal.IdentityApi.RegistrationRequest;
import com.tradesense.identity.internal.IdentityApi.SessionView;
import com.tradesense.identity.internal.IdentityApi.TokenResponse;
import com.tradesense.identity.internal.IdentityApi.UserView;
import com.tradesense.platform.ClientOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Registration, sign-in, sessions, email verification and password reset")
class AuthController {

    private final AuthService auth;
    private final AccountService accounts;

    AuthController(AuthService auth, AccountService accounts) {
        this.auth = auth;
        this.accounts = accounts;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account", description = "Sends a verification mail. 409 when the email is taken.")
    UserView register(@Valid @RequestBody RegistrationRequest body, HttpServletRequest request) {
        return UserView.of(auth.register(body.email(), body.password(), body.displayName(),
                body.locale() == null ? "en" : body.locale(), ClientOrigin.of(request)));
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in", description = "The same 401 for an unknown email and a wrong password. "
            + "Five failures per account or IP within 15 minutes answer 429 with Retry-After.")
    TokenResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return TokenResponse.of(auth.login(body.email(), body.password(), ClientOrigin.of(request)));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new pair",
            description = "The presented token is spent. Presenting a spent token revokes the whole login (401).")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        return TokenResponse.of(auth.refresh(body.refreshToken(), ClientOrigin.of(request)));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the login of this refresh token")
    void logout(@Valid @RequestBody RefreshRequest body) {
        auth.logout(body.refreshToken());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user")
    UserView me(@AuthenticationPrincipal Jwt jwt) {
        return UserView.of(accounts.user(CurrentUser.of(jwt).id()));
    }

    @PatchMapping("/me")
    @Operation(summary = "Update display name or locale")
    UserView updateProfile(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileUpdateRequest body) {
        return UserView.of(accounts.updateProfile(CurrentUser.of(jwt).id(), body.displayName(), body.locale()));
    }

    @PostMapping("/change-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password", description = "Signs out every other device.")
    void changePassword(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PasswordChangeRequest body,
            HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(jwt);
        accounts.changePassword(user.id(), user.sessionId(), body.currentPassword(), body.newPassword(),
                ClientOrigin.of(request));
    }

    @GetMapping("/sessions")
    @Operation(summary = "Active logins of the signed-in user, most recently used first")
    List<SessionView> sessions(@AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        return auth.activeSessions(user.id()).stream()
                .map(s -> new SessionView(s.id(), s.userAgent(), s.ipAddress(), s.createdAt(), s.lastUsedAt(),
                        s.id().equals(user.sessionId())))
                .toList();
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the signed-in user's logins")
    void revokeSession(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        auth.revokeSession(CurrentUser.of(jwt).id(), id);
    }

    @PostMapping("/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm an email address with the token from the verification mail")
    void verifyEmail(@Valid @RequestBody EmailVerificationRequest body, HttpServletRequest request) {
        accounts.verifyEmail(body.token(), ClientOrigin.of(request));
    }

    @PostMapping("/resend-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a new verification mail to the signed-in user")
    void resendVerification(@AuthenticationPrincipal Jwt jwt) {
        accounts.resendVerification(CurrentUser.of(jwt).id());
    }

    @PostMapping("/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a password-reset link", description = "Always 202, whether or not the email has an account.")
    void forgotPassword(@Valid @RequestBody ForgotPasswordRequest body) {
        accounts.forgotPassword(body.email());
    }

    @PostMapping("/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the token from the reset mail", description = "Signs out every device.")
    void resetPassword(@Valid @RequestBody PasswordResetRequest body, HttpServletRequest request) {
        accounts.resetPassword(body.token(), body.newPassword(), ClientOrigin.of(request));
    }
}
