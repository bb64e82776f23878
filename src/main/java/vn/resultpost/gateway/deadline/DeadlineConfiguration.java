package vn.resultpost.gateway.deadline;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring beans: the holiday calendar (gateway.deadline.holidays-file) and the deadline calculator. */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    public HolidayCalendar holidayCalendar(
            @Value("${gateway.deadline.holidays-file:config/holidays/vn-2025-2027.yml}") Path file) {
        return HolidayCalendar.load(file);
    }

    @Bean
    public DeadlineCalculator deadlineCalculator(HolidayCalendar holidayCalendar) {
        return new DeadlineCalculator(holidayCalendar);
    }
}
