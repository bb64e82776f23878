package vn.resultpost.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * With structured (JSON) logging turned on, the gateway's configuration (config/application.yml) masks phone and ID
 * numbers in a line's message and in its exception's stack trace, causes included, as the pattern layout does.
 */
class StructuredLogMaskingTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash", "gelf"})
    void everyStructuredFormatMasksTheMessageAndTheStackTrace(String format) throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), gatewayEnvironment());
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        LoggingEvent event = new LoggingEvent(StructuredLogMaskingTest.class.getName(),
                context.getLogger(StructuredLogMaskingTest.class), Level.WARN, "citizen phone {}, CCCD {}",
                new IllegalStateException("refused 0912345678", new IllegalArgumentException("CCCD 001190012345")),
                new Object[] {"+84 912.345.678", "001190012345"});

        String json = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(json).contains("citizen phone *******678, CCCD *********345", "refused *******678")
                .contains("StructuredLogMaskingTest")
                .doesNotContain("912.345.678", "0912345678", "001190012345");
    }

    private static Environment gatewayEnvironment() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("gateway", new FileSystemResource(Path.of("config/application.yml")))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("test",
                java.util.Map.of("spring.application.name", "result-post-gateway", "gelf.service.name", "gateway")));
        return environment;
    }
}
