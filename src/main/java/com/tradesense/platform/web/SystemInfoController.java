package com.tradesense.platform.web;

import com.tradesense.platform.PlatformProperties;
import com.tradesense.platform.mail.DevMailboxStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/system")
@Tag(name = "System")
class SystemInfoController {

    private final PlatformProperties platform;
    private final DevMailboxStatus mailbox;
    private final String version;

    SystemInfoController(PlatformProperties platform, DevMailboxStatus mailbox, ObjectProvider<BuildProperties> build) {
        this.platform = platform;
        this.mailbox = mailbox;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "dev" : properties.getVersion();
    }

    /** What the web client needs to know about this deployment before anyone signs in. */
    public record SystemInfo(String name, String version, String mode, boolean devMailbox) {
    }

    @GetMapping("/info")
    @Operation(summary = "Deployment facts for the web client", description = "Public. Tells the client whether the development mailbox is available.")
    SystemInfo info() {
        return new SystemInfo("TradeSense", version, platform.mode().name().toLowerCase(), mailbox.enabled());
    }
}
