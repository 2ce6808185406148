package io.tandem.support.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Requests per caller (tenant and token subject) and minute, counted in each service instance.
 * Behind a load balancer with n instances a caller gets up to n times the limit; put a shared
 * limiter (the gateway's, or one backed by Redis) in front when that matters.
 */
@ConfigMapping(prefix = "tandem.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Default requests per minute for one caller. */
    @WithDefault("1200")
    int requestsPerMinute();

    /** Per-tenant limits that replace the default, e.g. {@code tandem.rate-limit.tenants.acme=6000}. */
    Map<String, Integer> tenants();
}
