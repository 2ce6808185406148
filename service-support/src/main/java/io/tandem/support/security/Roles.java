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

    private Roles() {
    }
}
