package vn.resultpost.gateway.operator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.ResultSubmission;

/**
 * Content-Based Router of results to postal operators, by the rules of {@code config/routing.yml}:
 * the first rule that matches decides, else the default operator. Loaded once at start-up; a rule
 * naming an operator without an adapter stops the start with the rule's name.
 */
@Component
public class OperatorRouting {

    /** The rule name recorded when no rule matched. */
    public static final String DEFAULT_RULE = "default";
    private static final Logger log = LoggerFactory.getLogger(OperatorRouting.class);

    private final String version;
    private final String defaultOperator;
    private final List<RoutingRule> rules;

    public OperatorRouting(@Value("${gateway.routing.file:config/routing.yml}") Path file, OperatorRegistry registry)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Routing rules " + file.toAbsolutePath() + " do not exist "
                    + "(gateway.routing.file)");
        }
        RoutingFile parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = parse(in);
        }
        this.version = parsed.version();
        this.defaultOperator = parsed.defaultOperator();
        this.rules = parsed.rules() == null ? List.of() : List.copyOf(parsed.rules());
        check(file, registry);
        log.info("Routing rules {} version {}: {} rules, default operator {}", file, version, rules.size(),
                defaultOperator);
    }

    /** The operator that carries {@code result} and the rule that chose it. */
    public RoutingDecision route(ResultSubmission result) {
        for (RoutingRule rule : rules) {
            if (rule.matches(result)) {
                return new RoutingDecision(rule.operator(), rule.name());
            }
        }
        return new RoutingDecision(defaultOperator, DEFAULT_RULE);
    }

    public String version() {
        return version;
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    static RoutingFile parse(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return yaml.readValue(in, RoutingFile.class);
    }

    private void check(Path file, OperatorRegistry registry) {
        Set<String> known = Set.copyOf(registry.codes());
        if (defaultOperator == null || !known.contains(defaultOperator)) {
            throw new IllegalStateException(file + ": 'default' must name an operator with an adapter, one of "
                    + known + " (got " + defaultOperator + ")");
        }
        Set<String> names = new HashSet<>();
        for (RoutingRule r : rules) {
            if (r.name() == null || r.name().isBlank() || r.name().length() > 64 || !names.add(r.name())) {
                throw new IllegalStateException(file + ": every rule needs a unique name of at most 64 characters"
                        + " (got '" + r.name() + "')");
            }
            if (!known.contains(r.operator())) {
                throw new IllegalStateException(file + ": rule '" + r.name() + "' names operator '" + r.operator()
                        + "', which has no adapter; known: " + known);
            }
        }
    }

    /** The file's shape. */
    record RoutingFile(String version, @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultOperator,
                       List<RoutingRule> rules) {
    }

    /** Where a result goes and why. */
    public record RoutingDecision(String operator, String rule) {
    }
}
