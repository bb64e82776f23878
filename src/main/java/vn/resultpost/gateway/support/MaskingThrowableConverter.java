package vn.resultpost.gateway.support;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Logback converter for the exception of a log line ({@code %maskedWEx}, Spring Boot's {@code %wEx} with masking): a
 * phone or ID number in an exception's message, or in a cause's, is masked as in the message itself.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    private static final PersonalDataMasker MASKER = new PersonalDataMasker();

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return MASKER.mask(super.throwableProxyToString(tp));
    }
}
