package vn.resultpost.gateway;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import vn.resultpost.gateway.support.OutboundHttp;

/** The result-by-post gateway: dossier systems in, postal operators out, statuses back. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        OutboundHttp.widenCommonPool(Runtime.getRuntime().availableProcessors());
        SpringApplication app = new SpringApplication(GatewayApplication.class);
        // Start-up profile (docs/benchmarks.md): -Dgateway.startup-steps=jfr records each start-up step (bean creation,
        // configuration parsing...) as a Java Flight Recorder event; run with -XX:StartFlightRecording to keep them.
        if ("jfr".equals(System.getProperty("gateway.startup-steps"))) {
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        ConfigurableApplicationContext context = app.run(args);
        // Class-data-sharing training run (scripts/run-jar.sh): start completely (routes, endpoints, consumers), then
        // stop, so that the archive also holds the classes loaded after the context refresh.
        if (Boolean.getBoolean("gateway.exit-when-ready")) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
