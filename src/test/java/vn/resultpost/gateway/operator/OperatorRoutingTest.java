package vn.resultpost.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.ServiceLevel;

/** The routing rules of config/routing.yml: first match wins, every criterion must match, checked at start-up. */
class OperatorRoutingTest {

    private static final String RULES = """
            version: "t-1"
            default: vnpost
            rules:
              - name: cau-giay
                agencies: ["000.00.15.H26"]
                operator: viettelpost
              - name: hcm-express
                provinces: ["79"]
                service-levels: [EXPRESS]
                operator: generic-soap
              - name: land-certificates
                procedures: ["1.004227"]
                operator: vnpost-hcc
            """;

    @TempDir
    Path dir;

    @Test
    void theFirstMatchingRuleDecidesAndEveryCriterionMustMatch() throws IOException {
        OperatorRouting routing = routing(RULES);

        assertThat(routing.route(result("000.00.15.H26", "79", ServiceLevel.EXPRESS, "1.004227")))
                .isEqualTo(new OperatorRouting.RoutingDecision("viettelpost", "cau-giay"));
        assertThat(routing.route(result("000.00.12.H26", "79", ServiceLevel.EXPRESS, "1.004227")))
                .isEqualTo(new OperatorRouting.RoutingDecision("generic-soap", "hcm-express"));
        assertThat(routing.route(result("000.00.12.H26", "79", ServiceLevel.STANDARD, "1.004227")))
                .isEqualTo(new OperatorRouting.RoutingDecision("vnpost-hcc", "land-certificates"));
        assertThat(routing.route(result("000.00.12.H26", "01", ServiceLevel.EXPRESS, "1.001612")))
                .isEqualTo(new OperatorRouting.RoutingDecision("vnpost", OperatorRouting.DEFAULT_RULE));
        assertThat(routing.version()).isEqualTo("t-1");
        assertThat(routing.rules()).extracting(RoutingRule::name)
                .containsExactly("cau-giay", "hcm-express", "land-certificates");
    }

    @Test
    void aResultWithoutTheCriterionsFieldDoesNotMatchIt() throws IOException {
        OperatorRouting routing = routing(RULES);

        assertThat(routing.route(result("000.00.12.H26", "79", null, null)).rule()).isEqualTo("default");
    }

    @Test
    void aRuleNamingAnOperatorWithoutAdapterStopsTheStartNamingTheRule() {
        assertThatThrownBy(() -> routing(RULES.replace("operator: generic-soap", "operator: ghn")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hcm-express").hasMessageContaining("ghn");
    }

    @Test
    void theDefaultMustBeAKnownOperator() {
        assertThatThrownBy(() -> routing(RULES.replace("default: vnpost", "default: nobody")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'default'");
    }

    @Test
    void ruleNamesAreRequiredAndUnique() {
        assertThatThrownBy(() -> routing(RULES.replace("name: hcm-express", "name: cau-giay")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unique name");
    }

    @Test
    void aMisspelledCriterionIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> routing(RULES.replace("provinces:", "province:")))
                .hasMessageContaining("province");
    }

    @Test
    void theShippedDemoRulesLoad() throws IOException {
        OperatorRouting routing = new OperatorRouting(Path.of("config/routing.yml"), registry());

        assertThat(routing.version()).isNotBlank();
        assertThat(routing.route(result("000.00.12.H26", "01", ServiceLevel.STANDARD, "1.001612")).operator())
                .isEqualTo("vnpost");
    }

    private OperatorRouting routing(String yaml) throws IOException {
        Path file = dir.resolve("routing.yml");
        Files.writeString(file, yaml);
        return new OperatorRouting(file, registry());
    }

    private static OperatorRegistry registry() {
        List<PostalOperator> adapters = List.of("vnpost", "vnpost-hcc", "viettelpost", "generic-soap").stream()
                .map(OperatorRoutingTest::named).toList();
        return new OperatorRegistry(adapters, new ResilienceProperties(null, null), Clock.systemUTC());
    }

    private static PostalOperator named(String code) {
        return new PostalOperator() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public TrackingMode trackingMode() {
                return TrackingMode.PUSH;
            }

            @Override
            public WebhookScheme webhookScheme() {
                return WebhookScheme.SIGNED;
            }

            @Override
            public vn.resultpost.gateway.canonical.OrderOutcome create(vn.resultpost.gateway.canonical.ShipmentOrder o) {
                throw new UnsupportedOperationException();
            }

            @Override
            public vn.resultpost.gateway.canonical.CancelOutcome cancel(vn.resultpost.gateway.canonical.OrderRef o) {
                throw new UnsupportedOperationException();
            }

            @Override
            public vn.resultpost.gateway.canonical.TrackOutcome track(vn.resultpost.gateway.canonical.OrderRef o) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ResultSubmission result(String agency, String province, ServiceLevel level, String procedure) {
        return new ResultSubmission(agency, "D-1", procedure, null, new Address(province, "00004", "Số 1"),
                List.of(), 0L, level, null, null);
    }
}
