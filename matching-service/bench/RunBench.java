import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full matching run through the HTTP API: 1,000 mentors answer mentor-motives in survey-service,
 * 1,000 mentors and 5,000 mentees are enrolled in matching-service, then one run is timed
 * (profiles from the database, one batched scores call, compatibility, engine, stored proposals).
 *   java RunBench.java SURVEY_URL MATCHING_URL ADMIN_TOKEN
 */
public class RunBench {

    static final int MENTORS = Integer.getInteger("mentors", 1_000);
    static final int MENTEES = Integer.getInteger("mentees", 5_000);
    static final String[] SKILLS = new String[60];
    static final String[] VALUES = {"candour", "curiosity", "calm", "pace", "craft", "care", "autonomy", "teamwork", "rigour", "humour",
            "ambition", "balance", "learning", "impact", "fairness", "trust", "creativity", "service", "courage", "focus"};
    static final String[] ZONES = {"Europe/Lisbon", "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Singapore"};
    static final String[] LANGUAGES = {"en", "de", "pt", "es", "fr"};
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String survey = args[0];
        String matching = args[1];
        String token = args[2];
        for (int i = 0; i < SKILLS.length; i++) {
            SKILLS[i] = "skill " + i;
        }
        Random random = new Random(1);
        long t0 = System.nanoTime();
        answerMotives(survey, token, random);
        System.out.printf("survey-service: %d mentors answered mentor-motives in %.1f s%n", MENTORS, (System.nanoTime() - t0) / 1e9);

        String programme = field(send("POST", matching + "/api/v1/programmes", token, """
                {"name": "Benchmark", "type": "classic", "startsOn": "2027-01-01", "endsOn": "2027-12-31", "defaultMentorCapacity": 5}""", 201), "id");
        send("POST", matching + "/api/v1/programmes/" + programme + "/status", token, "{\"status\": \"enrolling\"}", 200);
        long t1 = System.nanoTime();
        StringBuilder people = new StringBuilder("[");
        for (int i = 0; i < MENTORS + MENTEES; i++) {
            boolean mentor = i < MENTORS;
            people.append(i == 0 ? "" : ",").append(person(mentor ? "mentor-" + i : "mentee-" + i, mentor, random));
        }
        String report = send("POST", matching + "/api/v1/programmes/" + programme + "/participants/bulk", token, people.append(']').toString(), 200);
        System.out.printf("matching-service: enrolled %s participants in one bulk call in %.1f s%n", field(report, "created"),
                (System.nanoTime() - t1) / 1e9);

        long start = System.nanoTime();
        String run = send("POST", matching + "/api/v1/programmes/" + programme + "/runs", token, null, 201);
        long runMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("run: %d ms through HTTP; summary %s%n", runMs, run.replaceAll(".*\"summary\":(\\{[^}]*\\}).*", "$1"));
    }

    static void answerMotives(String survey, String token, Random random) throws Exception {
        StringBuilder bulk = new StringBuilder("[");
        for (int i = 0; i < MENTORS; i++) {
            bulk.append(i == 0 ? "" : ",").append("{\"respondentId\":\"mentor-").append(i).append("\",\"instrumentKey\":\"mentor-motives\"}");
        }
        String report = send("POST", survey + "/api/v1/assignments/bulk", token, bulk.append(']').toString(), 200);
        Matcher m = Pattern.compile("\"assignment\":\\{\"id\":\"([0-9a-f-]{36})\"").matcher(report);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (String id : ids) {
            int other = 1 + random.nextInt(7);
            int self = 1 + random.nextInt(7);
            done.add(pool.submit(() -> {
                StringBuilder answers = new StringBuilder("{\"answers\":{");
                for (int item = 1; item <= 18; item++) {
                    int value = item <= 9 ? self : other;
                    answers.append(item == 1 ? "" : ",").append(String.format("\"mm-%02d\":%d", item, value));
                }
                return send("POST", survey + "/api/v1/assignments/" + id + "/response/submit", token, answers.append("}}").toString(), 200);
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    static String person(String id, boolean mentor, Random random) {
        return "{\"personId\":\"" + id + "\",\"role\":\"" + (mentor ? "mentor" : "mentee") + "\",\"careerStage\":"
                + (mentor ? 5 + random.nextInt(4) : 1 + random.nextInt(4)) + ",\"timeZone\":\"" + ZONES[random.nextInt(ZONES.length)]
                + "\",\"languages\":" + tags(LANGUAGES, 1 + random.nextInt(2), random)
                + ",\"skillsOffered\":" + tags(SKILLS, 3 + random.nextInt(5), random)
                + ",\"learningGoals\":" + tags(SKILLS, mentor ? 0 : 2 + random.nextInt(3), random)
                + ",\"learningInterests\":" + tags(SKILLS, mentor ? 1 + random.nextInt(3) : 0, random)
                + ",\"aspirations\":" + tags(SKILLS, mentor ? 0 : 1 + random.nextInt(2), random)
                + ",\"pastTracks\":" + tags(SKILLS, mentor ? 1 + random.nextInt(3) : 0, random)
                + ",\"challengesOvercome\":" + tags(VALUES, mentor ? 2 : 0, random)
                + ",\"currentChallenges\":" + tags(VALUES, mentor ? 0 : 2, random)
                + ",\"values\":" + tags(VALUES, 3, random)
                + ",\"supportNeed\":" + random.nextInt(1001) + "}";
    }

    static String tags(String[] vocabulary, int count, Random random) {
        StringBuilder json = new StringBuilder("[");
        for (int k = 0; k < count; k++) {
            json.append(k == 0 ? "" : ",").append('"').append(vocabulary[random.nextInt(vocabulary.length)]).append('"');
        }
        return json.append(']').toString();
    }

    static String send(String method, String url, String token, String body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
