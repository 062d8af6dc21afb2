package com.tradesense.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment-wide settings.
 *
 * @param mode       {@code development} (embedded conveniences such as the dev mailbox and demo data) or
 *                   {@code production}
 * @param publicUrl  the URL users reach the web app at; used in links inside mails
 * @param dataDir    where the embedded database and generated secrets live
 */
@ConfigurationProperties("tradesense")
public record PlatformProperties(
        @DefaultValue("development") Mode mode,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("./data") Path dataDir) {

    public enum Mode { DEVELOPMENT, PRODUCTION }

    public boolean production() {
        return mode == Mode.PRODUCTION;
    }

    /** {@link #publicUrl} without a trailing slash, ready to have a path appended. */
    public String link(String pathAndQuery) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + pathAndQuery;
    }
}
