package vn.resultpost.gateway.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SIMULATOR settings of the simulated dossier system's SOAP dossier-status service
 * ({@code simulator.dossier-status.*}): the WS-Security user and password it accepts.
 */
@ConfigurationProperties(prefix = "simulator.dossier-status")
public record DossierStatusSimulatorProperties(String username, String password) {

    public DossierStatusSimulatorProperties {
        username = username == null ? "demo-gateway-reporter" : username;
        password = password == null ? "demo-only-dossier-status" : password;
    }
}
