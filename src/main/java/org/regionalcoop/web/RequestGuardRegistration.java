package org.regionalcoop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestGuardRegistration {

    /** After Spring Security's filters (order -100): a caller without a login is refused before its body is read. */
    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(ObjectMapper json, WebSettings settings) {
        FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard(json, settings));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(0);
        return registration;
    }
}
