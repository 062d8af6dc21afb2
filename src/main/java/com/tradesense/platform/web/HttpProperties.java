package com.tradesense.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP edge settings.
 *
 * @param maxBodySize        largest accepted API request body
 * @param corsAllowedOrigins origins allowed to call the API from a browser; empty means same-origin only
 */
@ConfigurationProperties("tradesense.http")
public record HttpProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue List<String> corsAllowedOrigins) {
}
