package vn.resultpost.gateway.operator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the adapter of a postal operator by its code. */
@Component
public class OperatorRegistry {

    private final Map<String, PostalOperator> operators;

    public OperatorRegistry(List<PostalOperator> operators) {
        this.operators = operators.stream().collect(Collectors.toUnmodifiableMap(PostalOperator::code,
                Function.identity()));
    }

    public Optional<PostalOperator> find(String code) {
        return Optional.ofNullable(code).map(operators::get);
    }

    public PostalOperator get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No adapter for postal operator " + code));
    }
}
