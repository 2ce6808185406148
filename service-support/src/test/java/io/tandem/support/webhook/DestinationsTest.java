package io.tandem.support.webhook;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationsTest {

    private final Destinations production = new Destinations(true, Set.of());

    @Test
    void refusesEverythingButHttpsToPublicAddresses() {
        assertThat(production.refusal("https://93.184.215.14/hook")).isEmpty();
        assertThat(production.refusal("http://93.184.215.14/hook")).contains("must be an https URL");
        for (String internal : new String[] {"https://127.0.0.1/", "https://localhost/", "https://169.254.169.254/latest/meta-data",
                "https://10.0.0.8/", "https://172.16.5.4/", "https://192.168.1.1/", "https://100.64.0.1/", "https://0.0.0.0/",
                "https://[::1]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://[::ffff:127.0.0.1]/", "https://224.0.0.1/"}) {
            assertThat(production.refusal(internal)).as(internal).isPresent();
        }
        assertThat(production.refusal("https://user:pw@93.184.215.14/")).isPresent();
        assertThat(production.refusal("not a url")).isPresent();
    }

    @Test
    void theLocalProfileAllowsHttpAndNamedHostsOnly() {
        Destinations local = new Destinations(false, Set.of("localhost"));
        assertThat(local.refusal("http://localhost:8089/hook")).isEmpty();
        assertThat(local.refusal("http://127.0.0.1:8089/hook")).isPresent();
        assertThat(local.refusal("ftp://localhost/hook")).isPresent();
    }
}
