package io.tandem.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The import rules every service keeps, checked on its compiled main classes:
 * <ul>
 *   <li>algorithm packages (scoring, statistics, compatibility, the engine) use only the JDK, each
 *       other and a few plain maths libraries: no framework, no persistence, no HTTP;</li>
 *   <li>feature packages do not import each other in a cycle (one side offers an interface the
 *       other implements instead);</li>
 *   <li>no feature uses another feature's entity: it asks that feature's service or an interface
 *       the feature offers, so each table has one owner;</li>
 *   <li>outbound REST client interfaces are package-private, used only through the one bean that
 *       wraps them with timeouts, retries and a breaker;</li>
 *   <li>a resource method that answers 200 with an ETag (through {@code Responses.ok} or a header
 *       it sets) documents the ETag header on its 200 answer.</li>
 *   <li>native SQL is prepared only through {@code TenantSql}, so no statement forgets the tenant.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** Libraries an algorithm may use besides the JDK (the shared disclosure rule is plain Java too). */
    private static final String[] PLAIN_LIBRARIES = {"java..", "org.apache.commons.statistics..", "org.apache.commons.numbers..",
            "org.apache.commons.rng..", "org.apache.commons.math3..", "io.tandem.support.disclosure.."};

    private ArchitectureRules() {
    }

    /**
     * @param service    the service's root package, e.g. {@code io.tandem.matching}
     * @param algorithms its algorithm packages, relative to the root, e.g. {@code engine}
     */
    public static void check(String service, String... algorithms) {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(service);
        List<String> allowed = new ArrayList<>(Arrays.asList(PLAIN_LIBRARIES));
        for (String algorithm : algorithms) {
            allowed.add(service + "." + algorithm + "..");
        }
        List<ArchRule> rules = new ArrayList<>();
        for (String algorithm : algorithms) {
            rules.add(classes().that().resideInAPackage(service + "." + algorithm + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .because("algorithms are plain Java, testable and benchmarkable without a framework"));
        }
        rules.add(slices().matching(service + ".(*)..").should().beFreeOfCycles()
                .because("features depend one way; the other way goes through an interface the feature offers"));
        rules.add(classes().that().areAnnotatedWith("org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
                .should().notBePublic()
                .because("a remote service is called only through the bean that owns its timeout, retries and breaker"));
        main.stream().filter(c -> c.isAnnotatedWith("jakarta.persistence.Entity")).forEach(entity -> {
            String feature = featureOf(service, entity);
            if (feature != null) {
                rules.add(noClasses().that().resideOutsideOfPackage(service + "." + feature + "..")
                        .should().dependOnClassesThat().belongToAnyOf(entity.reflect())
                        .because(entity.getSimpleName() + " belongs to the " + feature + " feature"));
            }
        });
        rules.add(noClasses().should().callMethodWhere(DescribedPredicate.describe("Connection.prepareStatement",
                        call -> call.getTargetOwner().isAssignableTo("java.sql.Connection") && call.getName().equals("prepareStatement")))
                .because("native SQL goes through TenantSql, which binds the tenant the ORM's filter would"));
        rules.add(methods().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ws.rs.Path")
                .and(answerWithAnETag()).should(documentTheETagOnTheir200())
                .because("the contract says which answers carry the version a client sends back in If-Match"));
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules) {
            com.tngtech.archunit.lang.EvaluationResult result = rule.allowEmptyShould(true).evaluate(main);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }

    private static DescribedPredicate<JavaMethod> answerWithAnETag() {
        return DescribedPredicate.describe("answer with an ETag", method -> method.getMethodCallsFromSelf().stream().anyMatch(call ->
                call.getTargetOwner().getName().equals("io.tandem.support.api.Responses") && call.getName().equals("ok")
                        || call.getTargetOwner().getName().equals("jakarta.ws.rs.core.Response$ResponseBuilder")
                        && call.getName().equals("header")));
    }

    private static ArchCondition<JavaMethod> documentTheETagOnTheir200() {
        return new ArchCondition<>("document the ETag header on their 200 answer") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaAnnotation<?>> responses = new ArrayList<>();
                for (JavaAnnotation<?> a : method.getAnnotations()) {
                    String type = a.getRawType().getName();
                    if (type.endsWith(".APIResponse")) {
                        responses.add(a);
                    } else if (type.endsWith(".APIResponses")) {
                        a.get("value").ifPresent(v -> annotations(v).forEach(responses::add));
                    }
                }
                for (JavaAnnotation<?> response : responses) {
                    if (!"200".equals(response.get("responseCode").orElse(""))) {
                        continue;
                    }
                    boolean documented = annotations(response.get("headers").orElse(new Object[0])).stream().anyMatch(h -> "ETag".equals(h.get("name").orElse(""))
                            || "ETag".equals(h.get("ref").orElse("")));
                    if (!documented) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers 200 with an ETag but "
                                + "its @APIResponse(200) has no headers = @Header(ref = \"ETag\")"));
                    }
                }
            }
        };
    }

    private static String featureOf(String service, com.tngtech.archunit.core.domain.JavaClass type) {
        String rest = type.getPackageName().startsWith(service + ".") ? type.getPackageName().substring(service.length() + 1) : null;
        return rest == null ? null : rest.split("\\.")[0];
    }

    /** An annotation-array attribute as ArchUnit hands it out (an Object[] of JavaAnnotation). */
    private static List<JavaAnnotation<?>> annotations(Object value) {
        List<JavaAnnotation<?>> list = new ArrayList<>();
        if (value instanceof Object[] array) {
            for (Object element : array) {
                list.add((JavaAnnotation<?>) element);
            }
        }
        return list;
    }
}
