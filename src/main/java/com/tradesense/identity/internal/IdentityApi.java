package com.tradesense.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.tradesense.identity.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the identity endpoints. */
final class IdentityApi {

    private IdentityApi() {
    }

    static final String LOCALES = "en|fr|ar";

    record RegistrationRequest(
            @NotBlank @EmailAddress String email,
            @NotBlank @Size(max = 128) @Schema(description = "At least 8 characters with upper, lower, digit and special; not a common password") String password,
            @NotBlank @Size(max = 60) String displayName,
            @Pattern(regexp = LOCALES, message = "must be one of en, fr, ar") String locale) {
    }

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record EmailVerificationRequest(@NotBlank @Size(max = 200) String token) {
    }

    record ForgotPasswordRequest(@NotBlank @EmailAddress String email) {
    }

    record PasswordResetRequest(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 128) String newPassword) {
    }

    record PasswordChangeRequest(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {
    }

    record ProfileUpdateRequest(@Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
            @Pattern(regexp = LOCALES, message = "must be one of en, fr, ar") String locale) {
    }

    record RolesUpdateRequest(@NotNull @Size(min = 1, max = 4) Set<@NotNull Role> roles) {
    }

    record UserView(UUID id, String email, String displayName, List<Role> roles, boolean emailVerified, String locale,
            Instant createdAt) {

        static UserView of(User user) {
            return new UserView(user.id().value(), user.email(), user.displayName(),
                    user.roles().stream().sorted().toList(), user.emailVerified(), user.locale(), user.createdAt());
        }
    }

    record TokenResponse(String accessToken, String refreshToken,
            @Schema(allowableValues = "Bearer") String tokenType, long expiresIn, UserView user) {

        static TokenResponse of(AuthService.Tokens tokens) {
            return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn(),
                    UserView.of(tokens.user()));
        }
    }

    record SessionView(UUID id, @Schema(nullable = true) String userAgent, String ipAddress, Instant createdAt, Instant lastUsedAt,
            boolean current) {
    }
}
