package org.millwright.platform.web;

import java.time.Clock;
import org.millwright.platform.PlatformSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Web infrastructure of the platform: the clock, and filters that live inside the security chain. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RateLimitFilter rateLimitFilter(PlatformSettings settings, Problems problems, JsonMapper json) {
        return new RateLimitFilter(settings, problems, json);
    }

    /** The rate-limit filter runs in the security chain (after authentication), not as a servlet filter. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
