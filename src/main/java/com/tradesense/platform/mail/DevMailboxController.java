package com.tradesense.platform.mail;

import java.util.List;

import com.tradesense.platform.ApiException;
import com.tradesense.platform.Mailer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Development mailbox")
class DevMailboxController {

    private final Mailer mailer;

    DevMailboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/api/v1/dev/mailbox")
    @Operation(summary = "Mail the app has sent (development only)",
            description = "Newest first, at most 100. Answers 404 when SMTP is configured or in production mode.")
    List<DevMailbox.MailboxMessage> mailbox() {
        if (mailer instanceof DevMailbox mailbox) {
            return mailbox.latest();
        }
        throw ApiException.notFound("DEV_MAILBOX_DISABLED", "The development mailbox is not enabled on this server.");
    }
}
