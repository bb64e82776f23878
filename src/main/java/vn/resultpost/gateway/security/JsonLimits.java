package vn.resultpost.gateway.security;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds on every JSON document the gateway parses (Jackson's stream-read constraints): nesting
 * depth, string and number length. A document beyond them is refused as malformed (400).
 */
@Configuration(proxyBeanMethods = false)
public class JsonLimits {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonReadLimits(
            @Value("${gateway.security.json.max-nesting-depth:16}") int depth,
            @Value("${gateway.security.json.max-string-length:20000}") int stringLength,
            @Value("${gateway.security.json.max-number-length:30}") int numberLength) {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(depth)
                .maxStringLength(stringLength).maxNumberLength(numberLength).build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }
}
