package io.tandem.testsupport;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker Compose file and the Kubernetes manifests cannot run here, so this keeps them honest:
 * every service, port, probe path and environment variable they name must exist in the code, and
 * the images they run are the ones the build's Jib configuration makes.
 */
class DeploymentManifestsTest {

    private static final List<String> SERVICES = List.of("survey-service", "matching-service", "analytics-service");
    /** Read by the JVM itself (e.g. its collector), not by the service's configuration. */
    private static final Set<String> JVM_ENVIRONMENT = Set.of("JAVA_TOOL_OPTIONS");
    private static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Path root = DevKeys.repositoryRoot();

    @Test
    void kubernetesManifestsMatchEachService() throws IOException {
        for (String service : SERVICES) {
            List<Map<String, Object>> docs = loadAll(root.resolve("deploy/kubernetes/" + service + ".yaml"));
            Map<String, Object> deployment = only(docs, "Deployment");
            assertThat(name(only(docs, "Service"))).isEqualTo(service);
            assertThat(name(only(docs, "HorizontalPodAutoscaler"))).isEqualTo(service);
            assertThat(name(deployment)).isEqualTo(service);

            Map<String, Object> container = at(deployment, "spec.template.spec.containers.0");
            Object containerPort = at(container, "ports.0.containerPort");
            assertThat(containerPort).as(service + " port").isEqualTo(httpPort(service));
            assertThat(at(container, "image").toString()).as(service + " image").isEqualTo(jibImage(service));
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                assertThat(HEALTH_PATHS).as(service + " " + probe).contains((String) at(container, probe + ".httpGet.path"));
            }
            Map<String, String> env = new java.util.HashMap<>();
            for (Object e : (List<?>) container.get("env")) {
                Map<?, ?> pair = (Map<?, ?>) e;
                env.put((String) pair.get("name"), String.valueOf(pair.get("value")));
            }
            Set<String> configuration = new HashSet<>(env.keySet());
            configuration.removeAll(JVM_ENVIRONMENT);
            assertThat(knownEnvironment(service)).as(service + " env").containsAll(configuration);
            assertThat(env.get("TANDEM_DB_NAME")).isEqualTo(defaultDatabase(service));
            assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(httpPort(service)));
        }
    }

    @Test
    void kubernetesSharedConfigurationNamesOnlyRealVariables() throws IOException {
        List<Map<String, Object>> docs = loadAll(root.resolve("deploy/kubernetes/common.yaml"));
        Set<String> names = new HashSet<>();
        for (Map<String, Object> doc : docs) {
            Map<String, Object> data = doc.get("data") != null ? at(doc, "data") : at(doc, "stringData");
            if (!name(doc).equals("tandem-jwt")) {
                names.addAll(data.keySet());
            }
        }
        assertThat(names).isNotEmpty();
        assertThat(knownEnvironment("survey-service")).containsAll(names);
    }

    /** Connections the services may open together, at their largest, fit in the server's limit with a reserve. */
    @Test
    void connectionBudgetFitsThePostgresServer() throws IOException {
        int reserve = 20; // migrations, psql, monitoring
        Map<String, Object> compose = loadAll(root.resolve("deploy/docker-compose.yml")).get(0);
        List<?> command = at(compose, "services.postgres.command");
        int maxConnections = command.stream().map(String::valueOf).filter(c -> c.startsWith("max_connections="))
                .mapToInt(c -> Integer.parseInt(c.substring("max_connections=".length()))).findFirst().orElse(100);

        Map<String, Object> shared = only(loadAll(root.resolve("deploy/kubernetes/common.yaml")), "ConfigMap");
        int sharedPool = Integer.parseInt(String.valueOf(((Map<?, ?>) shared.get("data")).get("TANDEM_DB_POOL_SIZE")));
        int kubernetes = 0;
        for (String service : SERVICES) {
            Map<String, Object> hpa = only(loadAll(root.resolve("deploy/kubernetes/" + service + ".yaml")), "HorizontalPodAutoscaler");
            kubernetes += ((Number) at(hpa, "spec.maxReplicas")).intValue() * sharedPool;
        }
        assertThat(kubernetes + reserve).as("Kubernetes: replicas x pool + reserve").isLessThanOrEqualTo(maxConnections);
        int defaultPool = Integer.parseInt(properties(root.resolve(
                "service-support/src/main/resources/META-INF/microprofile-config.properties"))
                .getProperty("quarkus.datasource.jdbc.max-size").replaceAll(".*:(\\d+)}$", "$1"));
        assertThat(SERVICES.size() * defaultPool + reserve).as("Compose: one replica each with the default pool")
                .isLessThanOrEqualTo(maxConnections);
    }

    @Test
    void composeFileMatchesEachService() throws IOException {
        Map<String, Object> compose = loadAll(root.resolve("deploy/docker-compose.yml")).get(0);
        for (String service : SERVICES) {
            Map<String, Object> definition = at(compose, "services." + service);
            assertThat(at(definition, "image").toString()).as(service + " image").isEqualTo(jibImage(service));
            assertThat(Files.isDirectory(root.resolve(service))).isTrue();
            int port = httpPort(service);
            List<Object> ports = at(definition, "ports");
            assertThat(ports).containsExactly(port + ":" + port);
            Map<String, Object> env = at(definition, "environment");
            Set<String> configuration = new HashSet<>(env.keySet());
            configuration.removeAll(JVM_ENVIRONMENT);
            assertThat(knownEnvironment(service)).as(service + " env").containsAll(configuration);
            assertThat(env.get("TANDEM_DB_NAME")).isEqualTo(defaultDatabase(service));
            assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(port));
            assertThat(at(definition, "healthcheck.test").toString()).contains("/q/health/ready").contains(":" + port + "/");
        }
        String databases = Files.readString(root.resolve("deploy/docker/create-databases.sql"));
        for (String service : SERVICES) {
            assertThat(databases).contains("create database " + defaultDatabase(service) + ";");
        }
    }

    @Test
    void readmeDocumentsEveryEnvironmentVariable() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        Set<String> variables = new HashSet<>();
        for (String service : SERVICES) {
            variables.addAll(referencedEnvironment(service));
        }
        assertThat(variables).contains("TANDEM_DB_HOST", "TANDEM_JWT_PUBLIC_KEY_LOCATION");
        for (String variable : variables) {
            assertThat(readme).as("README mentions " + variable).contains("`" + variable + "`");
        }
    }

    // --- what the code knows -------------------------------------------------------------------

    /** Variables the configuration reads, plus the environment form of every property it sets. */
    private Set<String> knownEnvironment(String service) throws IOException {
        Set<String> known = new HashSet<>(referencedEnvironment(service));
        for (Path file : configFiles(service)) {
            for (String key : properties(file).stringPropertyNames()) {
                if (!key.startsWith("%")) {
                    known.add(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
                }
            }
        }
        return known;
    }

    private Set<String> referencedEnvironment(String service) throws IOException {
        Set<String> names = new HashSet<>();
        for (Path file : configFiles(service)) {
            Matcher m = ENV_REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private List<Path> configFiles(String service) {
        return List.of(root.resolve(service + "/src/main/resources/application.properties"),
                root.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /** The image Jib builds for a service: group and tag from the service parent, the application's name. */
    private String jibImage(String service) throws IOException {
        String parent = Files.readString(root.resolve("service-parent/pom.xml"));
        String name = properties(root.resolve(service + "/src/main/resources/application.properties")).getProperty("quarkus.application.name");
        return pomProperty(parent, "quarkus.container-image.group") + "/" + name + ":" + pomProperty(parent, "quarkus.container-image.tag");
    }

    private static String pomProperty(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name + " in service-parent/pom.xml").isTrue();
        return m.group(1).trim();
    }

    private int httpPort(String service) throws IOException {
        return Integer.parseInt(properties(root.resolve(service + "/src/main/resources/application.properties"))
                .getProperty("quarkus.http.port"));
    }

    private String defaultDatabase(String service) throws IOException {
        String value = properties(root.resolve(service + "/src/main/resources/application.properties")).getProperty("tandem.database-name");
        Matcher m = Pattern.compile("\\$\\{TANDEM_DB_NAME:([a-z_]+)}").matcher(value);
        assertThat(m.matches()).as("tandem.database-name of " + service).isTrue();
        return m.group(1);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }

    // --- YAML helpers --------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> loadAll(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file)) {
            for (Object doc : new Yaml().loadAll(r)) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static Map<String, Object> only(List<Map<String, Object>> docs, String kind) {
        List<Map<String, Object>> found = docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static String name(Map<String, Object> doc) {
        return at(doc, "metadata.name");
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String path) {
        Object current = node;
        for (String step : path.split("\\.")) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<String, Object>) current).get(step);
            assertThat(current).as(path).isNotNull();
        }
        return (T) current;
    }
}
