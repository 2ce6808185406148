package io.tandem.matching.survey;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;

/**
 * Check-in assignments owed to survey-service, in the {@code downstream} health group: DOWN when the
 * oldest due one has waited longer than {@code tandem.check-ins.delivery.alert-after} (survey-service
 * away, or no signing key). Not readiness: everything else still works, and the worker catches up.
 */
@HealthGroup("downstream")
@ApplicationScoped
public class CheckInDeliveryHealth implements HealthCheck {

    @Inject
    DeliveryQueue queue;

    @ConfigProperty(name = "tandem.check-ins.delivery.alert-after", defaultValue = "PT1H")
    Duration alertAfter;

    @Override
    public HealthCheckResponse call() {
        DeliveryQueue.Backlog backlog = queue.backlog();
        return HealthCheckResponse.named("check-in-deliveries").status(backlog.oldestSeconds() <= alertAfter.toSeconds())
                .withData("due", backlog.due()).withData("oldestWaitSeconds", (long) backlog.oldestSeconds()).build();
    }
}
