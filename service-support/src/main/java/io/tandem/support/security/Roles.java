package io.tandem.support.security;

/** The roles a token may carry in its {@code groups} claim (DESIGN.md, Authentication). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String MENTOR = "mentor";
    public static final String MENTEE = "mentee";
    public static final String RESEARCHER = "researcher";
    public static final String INTEGRATION = "integration";
    public static final String SERVICE = "service";
    /**
     * The platform's own service identity (DESIGN.md, Service identity): a token with this role and no
     * tenant claim, accepted only by the change feeds, which it reads for every tenant.
     */
    public static final String PLATFORM_SERVICE = "platform-service";

    private Roles() {
    }
}
