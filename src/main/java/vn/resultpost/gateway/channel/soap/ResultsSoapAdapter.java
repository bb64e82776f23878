package vn.resultpost.gateway.channel.soap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.binding.soap.SoapFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import vn.resultpost.gateway.intake.InvalidResultException;
import vn.resultpost.gateway.security.AgencyAccess;
import vn.resultpost.gateway.security.ClientRateLimits;
import vn.resultpost.gateway.security.GatewayClient;
import vn.resultpost.gateway.support.ConflictException;
import vn.resultpost.gateway.support.ForbiddenException;
import vn.resultpost.gateway.support.NotFoundException;
import vn.resultpost.gateway.support.UnavailableException;

/**
 * SOAP Channel Adapter (contract: src/main/resources/wsdl/results-v1.wsdl), PAYLOAD mode: dispatches each
 * request to its {@link SoapOperation} (SubmitResult, GetResultStatus, CancelResult). The caller is the
 * client the WS-Security UsernameToken authenticated (checked by WSS4J before this runs); it is put in the
 * Spring SecurityContext for the call, so the same {@link AgencyAccess} boundary applies as over REST. Every
 * refusal is a SOAP fault whose detail ({@code GatewayFault}) carries a code and, for invalid input, each
 * bad field with its message.
 */
@Component("resultsSoap")
public class ResultsSoapAdapter {

    public static final String NS = SoapXml.NS;
    private static final Logger log = LoggerFactory.getLogger(ResultsSoapAdapter.class);

    private final Map<String, SoapOperation> operations;
    private final SoapCaller callers;
    private final ClientRateLimits rateLimits;

    ResultsSoapAdapter(List<SoapOperation> operations, SoapCaller callers, ClientRateLimits rateLimits) {
        this.operations = operations.stream().collect(Collectors.toMap(SoapOperation::name, Function.identity()));
        this.callers = callers;
        this.rateLimits = rateLimits;
    }

    /** Serves one SOAP operation: the route passes the exchange from the {@code cxf:} consumer. */
    public CxfPayload<?> handle(Exchange exchange) {
        String name = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Element request = requestElement(exchange);
        GatewayClient caller = callers.of(exchange).orElseThrow(() ->
                SoapFaults.fault(true, "unauthorized", "No authenticated SOAP client", null, List.of()));
        if (!rateLimits.tryAcquire(caller.getName())) {
            throw SoapFaults.fault(true, "rate-limited", "At most " + rateLimits.limitFor(caller.getName())
                    + " requests per second for " + caller.getName() + "; retry after 1 second", null, List.of());
        }
        SoapOperation operation = name == null ? null : operations.get(name);
        if (operation == null) {
            throw SoapFaults.fault(true, "unknown-operation", "Unknown operation " + name, null, List.of());
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller);
        SecurityContextHolder.setContext(context);
        try {
            return new CxfPayload<>(null, List.of(new DOMSource(operation.answer(request))), null);
        } catch (SoapFault fault) {
            throw fault;
        } catch (InvalidResultException e) {
            throw SoapFaults.fault(true, "invalid-result", e.getMessage(), null, e.violations());
        } catch (ForbiddenException e) {
            throw SoapFaults.fault(true, "forbidden", e.getMessage(), null, List.of());
        } catch (NotFoundException e) {
            throw SoapFaults.fault(true, "not-found", e.getMessage(), null, List.of());
        } catch (ConflictException e) {
            throw SoapFaults.fault(true, e.type(), e.getMessage(), null, List.of());
        } catch (UnavailableException e) {
            throw SoapFaults.fault(false, e.type(), e.getMessage() + "; retry in "
                    + e.retryAfterSeconds() + " s", null, List.of());
        } catch (RuntimeException e) {
            log.error("SOAP {} failed", name, e);
            throw SoapFaults.fault(false, "internal-error", "The gateway could not process the request; try again later",
                    null, List.of());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Element requestElement(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof CxfPayload<?> payload && !payload.getBody().isEmpty()) {
            return payload.getBody().get(0);
        }
        throw SoapFaults.fault(true, "invalid-request", "Empty SOAP body", null, List.of());
    }
}
