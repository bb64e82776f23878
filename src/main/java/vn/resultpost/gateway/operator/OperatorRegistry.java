package vn.resultpost.gateway.operator;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds the adapter of a postal operator by its code. Every adapter is handed out behind its own
 * {@link ResilientOperator} (retry with backoff and jitter, a circuit breaker per operator).
 */
@Component
public class OperatorRegistry {

    private final Map<String, ResilientOperator> operators;

    public OperatorRegistry(List<PostalOperator> adapters, ResilienceProperties resilience, Clock clock) {
        this.operators = adapters.stream()
                .map(a -> new ResilientOperator(a, resilience.policy(a.code()), clock))
                .collect(Collectors.toUnmodifiableMap(PostalOperator::code, Function.identity()));
    }

    public Optional<PostalOperator> find(String code) {
        return Optional.ofNullable(code).map(operators::get);
    }

    public PostalOperator get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No adapter for postal operator " + code));
    }

    /** The codes of every operator with an adapter. */
    public List<String> codes() {
        return operators.keySet().stream().sorted().toList();
    }

    /** How calls to each operator are going, by code. */
    public List<OperatorHealth> health() {
        return codes().stream().map(c -> operators.get(c).health()).toList();
    }
}
