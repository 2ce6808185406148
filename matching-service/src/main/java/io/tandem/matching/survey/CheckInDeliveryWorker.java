package io.tandem.matching.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.tandem.support.retry.Backoff;
import io.tandem.support.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends what matching-service owes survey-service (table survey_delivery): each relationship's check-in
 * waves as one bulk call per wave, with Idempotency-Key {@code rel-<relationship>/<wave>} so a repeated
 * call never creates an assignment twice, and at closure the cancellation of its open check-ins. It calls
 * on the relationship's tenant's behalf with a {@code service} token (ServiceTokens). A failure that may
 * pass (5xx, timeout, no answer, 401/403/429) is tried again with exponential back-off and jitter, without
 * end; a call survey-service refuses as such (another 4xx) is kept as failed, with its answer.
 */
@ApplicationScoped
public class CheckInDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(CheckInDeliveryWorker.class);
    private static final int PAGE = 200;

    @Inject
    DeliveryQueue queue;

    @Inject
    @RestClient
    SurveyAssignmentsApi survey;

    @Inject
    ServiceTokens tokens;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "tandem.check-ins.delivery.batch", defaultValue = "50")
    int batch;

    @ConfigProperty(name = "tandem.check-ins.delivery.lease", defaultValue = "PT2M")
    Duration lease;

    @ConfigProperty(name = "tandem.check-ins.delivery.backoff-base", defaultValue = "PT10S")
    Duration backoffBase;

    @ConfigProperty(name = "tandem.check-ins.delivery.backoff-max", defaultValue = "PT1H")
    Duration backoffMax;

    @Scheduled(every = "${tandem.check-ins.delivery.every:15s}", delayed = "${tandem.check-ins.delivery.delayed:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!tokens.available()) {
            LOG.warn("Check-in deliveries wait: no service signing key (TANDEM_SERVICE_SIGNING_KEY_LOCATION).");
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.error("Check-in delivery pass failed; the next pass retries.", e);
        }
    }

    /** One pass: every row due now, a batch at a time. Answers how many were settled or rescheduled. */
    public int deliverDue() {
        int handled = 0;
        Instant start = Instant.now();
        for (var due = queue.claim(start, batch, lease); !due.isEmpty(); due = queue.claim(start, batch, lease)) {
            for (DeliveryQueue.Due delivery : due) {
                deliver(delivery);
                handled++;
            }
        }
        return handled;
    }

    /** Rows due now and the oldest one's wait in seconds, for health. */
    public DeliveryQueue.Backlog backlog() {
        return queue.backlog();
    }

    private void deliver(DeliveryQueue.Due delivery) {
        try {
            String bearer = tokens.forTenant(delivery.tenant());
            String outcome = "CANCEL".equals(delivery.action()) ? cancelOpenCheckIns(bearer, delivery.relationshipId())
                    : create(bearer, delivery);
            queue.delivered(delivery.id(), outcome);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String answer = "survey-service answered " + status;
            if (status >= 500 || status == 401 || status == 403 || status == 408 || status == 429) {
                retry(delivery, answer);
            } else {
                LOG.warnf("Survey delivery %s (%s %s) refused: %s", delivery.id(), delivery.action(), delivery.wave(), answer);
                queue.failed(delivery.id(), answer);
            }
        } catch (RuntimeException e) {
            retry(delivery, "survey-service not reached: " + e.getClass().getSimpleName());
        }
    }

    private String create(String bearer, DeliveryQueue.Due delivery) {
        SurveyAssignmentsApi.BulkReport report;
        try {
            report = survey.createAll(bearer, "rel-" + delivery.relationshipId() + "/" + delivery.wave(), json.readTree(delivery.requests()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored bulk request is not JSON", e);
        }
        if (report.refused() == 0) {
            return report.created() + " assignments";
        }
        StringBuilder why = new StringBuilder(report.created() + " assignments, " + report.refused() + " refused:");
        report.results().stream().filter(r -> !"created".equals(r.outcome()))
                .forEach(r -> why.append(" [").append(r.index()).append("] ").append(r.errors()));
        return why.toString();
    }

    /** The relationship's open baseline and check-in assignments; the closing and follow-up waves stay. */
    private String cancelOpenCheckIns(String bearer, UUID relationshipId) {
        int cancelled = 0;
        String cursor = null;
        do {
            SurveyAssignmentsApi.AssignmentPage page = survey.open(bearer, relationshipId, "open", cursor, PAGE);
            for (SurveyAssignmentsApi.Assignment assignment : page.items()) {
                if (!assignment.wave().equals("closing") && !assignment.wave().startsWith("follow-up")) {
                    cancelIfStillOpen(bearer, assignment.id());
                    cancelled++;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return cancelled + " open check-in assignments cancelled";
    }

    private void cancelIfStillOpen(String bearer, UUID id) {
        try {
            survey.cancel(bearer, id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 409) { // 409: submitted or cancelled meanwhile, nothing left to do
                throw e;
            }
        }
    }

    private void retry(DeliveryQueue.Due delivery, String why) {
        queue.retryAt(delivery.id(), Instant.now().plus(Backoff.after(delivery.attempts(), backoffBase, backoffMax)), why);
    }
}
