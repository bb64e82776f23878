package vn.resultpost.gateway.simulator;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import vn.resultpost.gateway.support.BackgroundPriority;
import vn.resultpost.gateway.support.OutboundHttp;
import vn.resultpost.gateway.support.ThreadsProperties;

/**
 * SIMULATOR, not production code: the dossier-system and VNPost simulators as a process of their own,
 * next to a gateway running elsewhere (e.g. the chaos harness, which kills and restarts the gateway
 * while the simulators keep their records). Starts only a web server and the simulator beans — no
 * Camel, no broker, no database — whatever config/application.yml says about those.
 *
 * <pre>
 * java -cp … vn.resultpost.gateway.simulator.SimulatorApplication --server.port=9090 \
 *      --simulator.gateway-url=http://localhost:8080 --simulator.dossier.results-per-tick=0
 * </pre>
 *
 * The gateway then needs {@code VNPOST_BASE_URL=http://localhost:9090/simulator/vnpost},
 * {@code DOSSIER_CALLBACK_URL=http://localhost:9090/simulator/dossier/callbacks} and
 * {@code SIMULATOR_ENABLED=false}. The in-process mode (simulators inside the gateway) is unchanged:
 * this class only applies when {@code simulator.standalone=true}, which its {@link #main} sets, so the
 * gateway's component scan skips it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "simulator", name = "standalone", havingValue = "true")
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        SslAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        HttpClientAutoConfiguration.class,
        RestClientAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class})
@ComponentScan(basePackageClasses = SimulatorApplication.class)
@EnableConfigurationProperties({SimulatorProperties.class, ThreadsProperties.class})
@Import({OutboundHttp.class, BackgroundPriority.class})
public class SimulatorApplication {

    public static void main(String[] args) {
        OutboundHttp.widenCommonPool(Runtime.getRuntime().availableProcessors());
        SpringApplication.run(SimulatorApplication.class, withStandalone(args));
    }

    /** The standalone switches as command-line arguments, so no property source or variable turns them off. */
    private static String[] withStandalone(String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--simulator.standalone=true");
        all.add("--simulator.enabled=true");
        all.add("--spring.application.name=result-post-simulators");
        return all.toArray(String[]::new);
    }
}
