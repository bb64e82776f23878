package vn.resultpost.gateway.support;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback converter for {@code %m}/{@code %msg}/{@code %message} that masks Vietnamese phone and ID
 * numbers in every log line (the last safety net: the code does not log personal data on purpose).
 */
public class MaskingMessageConverter extends ClassicConverter {

    private static final PersonalDataMasker MASKER = new PersonalDataMasker();

    @Override
    public String convert(ILoggingEvent event) {
        return MASKER.mask(event.getFormattedMessage());
    }
}
