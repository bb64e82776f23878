package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** {@code simulator.retained-shipments}: 10000 in config/application.yml and when unset, 0 taken, negative refused. */
class SimulatorPropertiesTest {

    @Test
    void theShippedConfigurationRetainsTenThousandShipments() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("gateway",
                new FileSystemResource(Path.of("config/application.yml")));
        Binder binder = new Binder(ConfigurationPropertySources.from(yaml),
                new PropertySourcesPlaceholdersResolver(yaml));

        assertThat(binder.bind("simulator", SimulatorProperties.class).get().retainedShipments()).isEqualTo(10_000);
    }

    @Test
    void unsetMeansTheDefaultAndZeroMeansEveryRecord() {
        assertThat(bind(Map.of("simulator.enabled", "true")).retainedShipments())
                .isEqualTo(SimulatorProperties.DEFAULT_RETAINED_SHIPMENTS).isEqualTo(10_000);
        assertThat(bind(Map.of("simulator.retained-shipments", "0")).retainedShipments()).isZero();
        assertThat(bind(Map.of("simulator.retained-shipments", "3")).retainedShipments()).isEqualTo(3);
    }

    @Test
    void aNegativeBoundIsRefusedWithTheNameOfTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("simulator.retained-shipments", "-1")))
                .isInstanceOf(BindException.class).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("simulator.retained-shipments");
    }

    private static SimulatorProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("simulator", SimulatorProperties.class)
                .get();
    }
}
