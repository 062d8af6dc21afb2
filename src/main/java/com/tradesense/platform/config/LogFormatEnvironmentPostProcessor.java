package com.tradesense.platform.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} switches the console to one JSON object per line (Logstash layout, MDC included, so
 * every line carries its {@code requestId}). Runs before logging starts, which a plain property cannot do
 * with a friendly value like "json".
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("LOG_FORMAT", "text");
        if ("json".equalsIgnoreCase(format.trim())) {
            environment.getPropertySources().addFirst(new MapPropertySource("tradesenseLogFormat",
                    Map.of("logging.structured.format.console", "logstash")));
        }
    }
}
