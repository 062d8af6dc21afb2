package com.tradesense.platform.ratelimit;

import com.tradesense.platform.RateLimiter;
import com.tradesense.platform.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tradesense.rate-limit.enabled", matchIfMissing = true)
class RateLimitFilterConfiguration {

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(RateLimiter limiter, ProblemResponses problems,
            RateLimitProperties properties) {
        FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
                new ApiRateLimitFilter(limiter, problems, properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
