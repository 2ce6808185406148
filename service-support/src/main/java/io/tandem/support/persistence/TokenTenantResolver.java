package io.tandem.support.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Scopes every Hibernate session to the caller's tenant. Entities carry a {@code @TenantId}
 * column; Hibernate fills it on insert and adds it to every query, so no query can forget it.
 */
@PersistenceUnitExtension
@RequestScoped
public class TokenTenantResolver implements TenantResolver {

    /** Used only where no request is active (start-up); it matches no tenant's rows. */
    public static final String NO_TENANT = "-";

    @Inject
    Caller caller;

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return caller.isAuthenticated() && !caller.isPlatform() ? caller.tenant() : NO_TENANT;
    }
}
