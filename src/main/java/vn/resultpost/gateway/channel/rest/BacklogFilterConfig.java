package vn.resultpost.gateway.channel.rest;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.resultpost.gateway.intake.IntakeBacklog;

/** Registers the {@link BacklogFilter} right after load shedding's admission (-200), before Spring Security (-100). */
@Configuration(proxyBeanMethods = false)
public class BacklogFilterConfig {

    static final int BACKLOG_ORDER = -199;

    @Bean
    FilterRegistrationBean<BacklogFilter> backlogFilter(IntakeBacklog backlog, MeterRegistry meters) {
        FilterRegistrationBean<BacklogFilter> registration = new FilterRegistrationBean<>(new BacklogFilter(backlog, meters));
        registration.setOrder(BACKLOG_ORDER);
        registration.addUrlPatterns(BacklogFilter.SUBMIT);
        return registration;
    }
}
