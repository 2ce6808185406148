package io.tandem.analytics.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * survey-service's and matching-service's feeds on one random port, replaying pages in the services'
 * format (FeedPage: events with sequence, tenant, type, occurredAt, data; nextCursor), paged by the
 * limit the consumer asks for, with cursors of their own.
 */
public class FeedStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.survey-service.url", server.baseUrl(), "quarkus.rest-client.matching-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Serves {@code events} (each a map with tenant, type, occurredAt, data) as the feed's pages of {@code pageSize}. */
    public static void serve(String feed, List<Map<String, Object>> events, int pageSize) {
        String path = "/api/v1/feeds/" + feed;
        String cursor = null;
        for (int from = 0; ; from += pageSize) {
            List<Map<String, Object>> page = new ArrayList<>();
            for (int i = from; i < Math.min(events.size(), from + pageSize); i++) {
                Map<String, Object> event = new LinkedHashMap<>(events.get(i));
                event.put("sequence", i + 1);
                page.add(event);
            }
            String next = page.isEmpty() ? cursor : "c" + (from + page.size());
            var request = get(urlPathEqualTo(path)).withQueryParam("after", cursor == null ? absent() : equalTo(cursor));
            server.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(json(page(page, next)))));
            if (page.size() < pageSize) {
                if (!page.isEmpty()) { // the page after the last one is empty and keeps the cursor
                    server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo(next)).willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/json").withBody(json(page(List.of(), next)))));
                }
                return;
            }
            cursor = next;
        }
    }

    private static Map<String, Object> page(List<Map<String, Object>> events, String next) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("events", events);
        page.put("nextCursor", next);
        return page;
    }

    public static void down(String feed) {
        server.stubFor(get(urlPathEqualTo("/api/v1/feeds/" + feed)).willReturn(aResponse().withStatus(503)));
    }

    /** Every feed starts again from cursor zero with nothing served: each test serves its own pages. */
    public static void restart(javax.sql.DataSource db) {
        server.resetAll();
        // a feed a test does not serve answers an empty page (at a lower priority than any page or outage a test sets up)
        server.stubFor(get(urlPathMatching("/api/v1/feeds/.*")).atPriority(100).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"events\": [], \"nextCursor\": null}")));
        try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "update feed_cursor set cursor_value = null, leased_by = null, lease_until = null, failures = 0, last_error = null, "
                        + "next_attempt_at = now(), caught_up_at = null")) {
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
