package io.tandem.support.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** tandem.webhooks.*: destinations, time-outs and the retry policy. */
@ApplicationScoped
public class WebhookSettings {

    @ConfigProperty(name = "tandem.webhooks.require-https", defaultValue = "true")
    boolean requireHttps;

    /** Host names exempt from the private-address rule: only for a local run or tests (e.g. localhost). */
    @ConfigProperty(name = "tandem.webhooks.exempt-hosts")
    Optional<List<String>> exemptHosts;

    @ConfigProperty(name = "tandem.webhooks.connect-timeout", defaultValue = "PT3S")
    Duration connectTimeout;

    @ConfigProperty(name = "tandem.webhooks.timeout", defaultValue = "PT5S")
    Duration timeout;

    @ConfigProperty(name = "tandem.webhooks.retry-base", defaultValue = "PT10S")
    Duration retryBase;

    @ConfigProperty(name = "tandem.webhooks.retry-max", defaultValue = "PT1H")
    Duration retryMax;

    @ConfigProperty(name = "tandem.webhooks.give-up-after", defaultValue = "PT24H")
    Duration giveUpAfter;

    /** Deliveries one dispatcher tick sends at most (one subscription's head delivery per transaction). */
    @ConfigProperty(name = "tandem.webhooks.deliveries-per-tick", defaultValue = "100")
    int deliveriesPerTick;

    public Destinations destinations() {
        return new Destinations(requireHttps, Set.copyOf(exemptHosts.orElse(List.of())));
    }

    public RetryPolicy retries() {
        return new RetryPolicy(retryBase, retryMax, giveUpAfter);
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration timeout() {
        return timeout;
    }

    int deliveriesPerTick() {
        return deliveriesPerTick;
    }
}
