package com.tradesense.admin.audit;

import java.util.Map;
import java.util.UUID;

import com.tradesense.identity.IdentityEvent;
import com.tradesense.identity.IdentityEvent.AccountLocked;
import com.tradesense.identity.IdentityEvent.EmailVerified;
import com.tradesense.identity.IdentityEvent.LoginFailed;
import com.tradesense.identity.IdentityEvent.LoginSucceeded;
import com.tradesense.identity.IdentityEvent.PasswordChanged;
import com.tradesense.identity.IdentityEvent.PasswordResetCompleted;
import com.tradesense.identity.IdentityEvent.RefreshTokenReused;
import com.tradesense.identity.IdentityEvent.RolesChanged;
import com.tradesense.identity.IdentityEvent.UserRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes every identity event to the audit log, after the identity transaction committed. */
@Component
class IdentityAuditor {

    private final AuditLogRepository log;

    IdentityAuditor(AuditLogRepository log) {
        this.log = log;
    }

    @ApplicationModuleListener
    void on(IdentityEvent event) {
        log.append(new AuditLogEntry(UUID.randomUUID(), event.occurredAt(), typeOf(event),
                event.userId() == null ? null : event.userId().value(), event.email(), event.origin().ipAddress(),
                event.origin().userAgent(), detailOf(event)));
    }

    // Java 17 has no pattern switch; the map is checked for completeness by IdentityAuditorTests.
    static final Map<Class<? extends IdentityEvent>, AuditEventType> TYPES = Map.of(
            UserRegistered.class, AuditEventType.USER_REGISTERED,
            EmailVerified.class, AuditEventType.EMAIL_VERIFIED,
            LoginSucceeded.class, AuditEventType.LOGIN_SUCCEEDED,
            LoginFailed.class, AuditEventType.LOGIN_FAILED,
            AccountLocked.class, AuditEventType.ACCOUNT_LOCKED,
            PasswordChanged.class, AuditEventType.PASSWORD_CHANGED,
            PasswordResetCompleted.class, AuditEventType.PASSWORD_RESET,
            RolesChanged.class, AuditEventType.ROLES_CHANGED,
            RefreshTokenReused.class, AuditEventType.REFRESH_TOKEN_REUSED);

    private static AuditEventType typeOf(IdentityEvent event) {
        return TYPES.get(event.getClass());
    }

    private static String detailOf(IdentityEvent event) {
        if (event instanceof LoginSucceeded e) {
            return "session " + e.sessionId();
        }
        if (event instanceof LoginFailed e) {
            return e.reason();
        }
        if (event instanceof AccountLocked e) {
            return e.scope() + " locked for up to " + e.lockedForSeconds() + " s";
        }
        if (event instanceof RolesChanged e) {
            return e.before() + " -> " + e.after() + " by " + e.changedBy();
        }
        if (event instanceof RefreshTokenReused e) {
            return "session " + e.sessionId() + " revoked";
        }
        return null;
    }
}
