package io.tandem.analytics.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tandem.analytics.ingestion.FeedEvents;
import io.tandem.analytics.ingestion.FeedEvents.Relationship;
import io.tandem.analytics.ingestion.FeedStub;
import io.tandem.analytics.ingestion.Ingestion;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reports over a programme ingested through the feeds (WireMock pages, real ingestion, real
 * PostgreSQL). The tenant's minimum group size is 3. Every expected figure is worked out by hand in
 * the comments from the data below; dates are relative to today (UTC), except the health programme's.
 */
@QuarkusTest
@QuarkusTestResource(FeedStub.class)
class ReportsTest {

    /** Decimals as doubles (JsonPath reads them as floats by default). */
    private static final io.restassured.path.json.config.JsonPathConfig DOUBLES = io.restassured.path.json.config.JsonPathConfig
            .jsonPathConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    Ingestion ingestion;

    @Inject
    AgroalDataSource db;

    final String tenant = "t-" + UUID.randomUUID();
    final UUID programme = UUID.randomUUID();
    final UUID healthProgramme = UUID.randomUUID();
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final FeedEvents feeds = new FeedEvents();

    @BeforeEach
    void programmeIngested() {
        FeedStub.restart(db);
        Response current = as("admin").get("/api/v1/settings");
        Map<String, Object> rules = new HashMap<>(Map.of("minGroupSize", 3, "confidenceLevel", 0.95, "bootstrapResamples", 5000,
                "reportingTimeZone", "UTC"));
        as("admin").header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(rules).put("/api/v1/settings")
                .then().statusCode(200);
        people();
        relationshipsAndCheckIns();
        healthProgramme();
        feeds.serve(3);
        assertThat(ingestion.pass("reports-test").values()).containsOnly(Ingestion.Outcome.PULLED);
    }

    // --- the data ----------------------------------------------------------------------------------

    // mentors m1-m3 active, m4 on leave; mentees e1-e6 active, e7 left. Gender: e1-e3 f, e4-e5 m, e6 x, e7 not stated.
    private void people() {
        String[][] people = {{"m1", "mentor", "active", "f"}, {"m2", "mentor", "active", "m"}, {"m3", "mentor", "active", "f"},
                {"m4", "mentor", "on-leave", "m"}, {"e1", "mentee", "active", "f"}, {"e2", "mentee", "active", "f"},
                {"e3", "mentee", "active", "f"}, {"e4", "mentee", "active", "m"}, {"e5", "mentee", "active", "m"},
                {"e6", "mentee", "active", "x"}, {"e7", "mentee", "left", null}};
        for (String[] p : people) {
            feeds.participant(tenant, "2026-01-05T08:00:00Z", "enrolled", UUID.randomUUID(), programme, p[0], p[1], p[2],
                    p[3] == null ? Map.of() : Map.of("gender", p[3]));
        }
        // decided by mentors: m1 accepts e1, e2, declines e7; m2 accepts e3, e4; m3 accepts e5, e6, declines e2, e4; m4-e6 undecided
        String[][] proposals = {{"m1", "e1", "accept"}, {"m1", "e2", "accept"}, {"m1", "e7", "decline"}, {"m2", "e3", "accept"},
                {"m2", "e4", "accept"}, {"m3", "e5", "accept"}, {"m3", "e6", "accept"}, {"m3", "e2", "decline"}, {"m3", "e4", "decline"},
                {"m4", "e6", null}};
        for (String[] p : proposals) {
            feeds.proposal(tenant, "2026-02-01T08:00:00Z", p[2] == null ? "published" : "decided", UUID.randomUUID(), programme, p[0], p[1],
                    p[2] == null ? "published" : p[2].equals("accept") ? "published" : "declined", p[2], null);
        }
    }

    Relationship r1, r2, r3, r4, r5, r6, r7;

    private void relationshipsAndCheckIns() {
        r1 = started("m1", "e1", 100, "cultivation", true);
        r2 = started("m1", "e2", 60, "initiation", false);
        r3 = started("m2", "e3", 30, "cultivation", true);
        r4 = new Relationship(UUID.randomUUID(), programme, "m2", "e4", "ended", day(200), day(-100), day(20), true);
        feeds.relationship(tenant, day(200) + "T08:00:00Z", "started", r4, null, null);
        r5 = started("m3", "e5", 10, "initiation", false);
        r6 = started("m3", "e6", 45, "cultivation", true);
        r7 = started("m3", "e1", 5, "initiation", false);
        feeds.meeting(tenant, r1, day(90)).meeting(tenant, r1, day(50)).meeting(tenant, r3, day(5))
                .meeting(tenant, r6, day(40)).meeting(tenant, r6, day(20)).meeting(tenant, r4, day(150));

        // baseline: answered e1(r1) 6.0, m1(r1) 6.2, e2(r2) 4.0, e3(r3) 5.5, m2(r3) 5.0, e5(r5) 3.8, e6(r6) 5.0, e1(r7) 5.2;
        // open: m1(r2) due -46, m3(r5) due +4, m3(r6) due -31
        checkIn(r1, "e1", "mentee", "baseline", 86, 6.0, 95);
        checkIn(r1, "m1", "mentor", "baseline", 86, 6.2, 94);
        checkIn(r2, "e2", "mentee", "baseline", 46, 4.0, 58);
        checkIn(r2, "m1", "mentor", "baseline", 46, null, 0);
        checkIn(r3, "e3", "mentee", "baseline", 16, 5.5, 28);
        checkIn(r3, "m2", "mentor", "baseline", 16, 5.0, 27);
        checkIn(r5, "e5", "mentee", "baseline", -4, 3.8, 8);
        checkIn(r5, "m3", "mentor", "baseline", -4, null, 0);
        checkIn(r6, "e6", "mentee", "baseline", 31, 5.0, 40);
        checkIn(r6, "m3", "mentor", "baseline", 31, null, 0);
        checkIn(r7, "e1", "mentee", "baseline", -9, 5.2, 3);
        // check-in-1: e1(r1) answered 4.5 (a drop of 1.5), e6(r6) answered 4.8; open: m1(r1) -30, m3(r6) -30, e2(r2) -10, m1(r2) -10
        checkIn(r1, "e1", "mentee", "check-in-1", 30, 4.5, 25);
        checkIn(r1, "m1", "mentor", "check-in-1", 30, null, 0);
        checkIn(r6, "e6", "mentee", "check-in-1", 30, 4.8, 20);
        checkIn(r6, "m3", "mentor", "check-in-1", 30, null, 0);
        checkIn(r2, "e2", "mentee", "check-in-1", 10, null, 0);
        checkIn(r2, "m1", "mentor", "check-in-1", 10, null, 0);
        // cancelled: not counted anywhere
        feeds.assignment(tenant, day(60) + "T08:00:00Z", "created", UUID.randomUUID(), programme, r4.id(), "e4", "mentee", "check-in-1",
                day(50), "cancelled");
        // a rating of the mentor on the same scale: not a self-report, never a quality drop
        feeds.scored(tenant, instant(2), null, programme, r3.id(), "e3", "m2", "mentee", "check-in-1", "relationship-quality",
                Map.of("relationship-quality", 1.0));
    }

    private Relationship started(String mentor, String mentee, int daysAgo, String phase, boolean confirmed) {
        Relationship r = new Relationship(UUID.randomUUID(), programme, mentor, mentee, phase, day(daysAgo), day(daysAgo - 180), null, confirmed);
        feeds.relationship(tenant, day(daysAgo) + "T08:00:00Z", "started", r, null, null);
        return r;
    }

    /** An assignment due {@code dueDaysAgo} days ago; answered {@code answeredDaysAgo} days ago with {@code quality} unless that is null. */
    private void checkIn(Relationship r, String person, String role, String wave, int dueDaysAgo, Double quality, int answeredDaysAgo) {
        UUID assignment = UUID.randomUUID();
        feeds.assignment(tenant, day(dueDaysAgo + 14) + "T08:00:00Z", "created", assignment, programme, r.id(), person, role, wave,
                day(dueDaysAgo), "open");
        if (quality != null) {
            feeds.scored(tenant, instant(answeredDaysAgo), assignment, programme, r.id(), person, null, role, wave, "relationship-quality",
                    Map.of("relationship-quality", quality, "trust", 5.0));
        }
    }

    // A second programme with absolute dates: four relationships start in March 2026 (three on the 2nd, one on the 20th), one of
    // them ends on 10 April; meetings: four on 5 March, one on 15 April.
    private void healthProgramme() {
        for (int i = 0; i < 4; i++) {
            LocalDate start = i < 3 ? LocalDate.parse("2026-03-02") : LocalDate.parse("2026-03-20");
            Relationship r = new Relationship(UUID.randomUUID(), healthProgramme, "hm" + i, "he" + i, i == 0 ? "ended" : "cultivation", start,
                    start.plusMonths(9), i == 0 ? LocalDate.parse("2026-04-10") : null, true);
            feeds.relationship(tenant, start + "T08:00:00Z", "started", r, null, null);
            feeds.meeting(tenant, r, LocalDate.parse("2026-03-05"));
            if (i == 1) {
                feeds.meeting(tenant, r, LocalDate.parse("2026-04-15"));
            }
        }
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private Instant instant(int daysAgo) {
        return today.minusDays(daysAgo).atTime(9, 0).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    // --- the reports -------------------------------------------------------------------------------

    @Test
    void theOverviewCountsPeopleOnceAndHidesSmallGroupsAndTheirComplement() {
        JsonPath overview = get("admin", "overview");
        // role/status: mentee/active 6, mentee/left 1, mentor/active 3, mentor/on-leave 1: the two singles hidden
        assertThat(overview.getList("participants.group", String.class))
                .containsExactly("mentee/active", "mentee/left", "mentor/active", "mentor/on-leave");
        assertThat(overview.getList("participants.n")).containsExactly(6, null, 3, null);
        // all six mentees still here (e7 left) are in a relationship: 6 of 6
        assertThat(overview.getDouble("matchedShare.value")).isEqualTo(1.0);
        assertThat(overview.getInt("matchedShare.n")).isEqualTo(6);
        // phases: initiation 3 (r2 r5 r7), cultivation 3 (r1 r3 r6), ended 1 (r4): ended is too small, and initiation, the smallest
        // shown group (tied with cultivation, first in order), goes with it so that ended cannot be worked out from a total
        assertThat(overview.getList("relationshipsByPhase.n")).containsExactly(null, 3, 0, 0, null);
        assertThat(overview.getString("relationshipsByPhase[0].note")).contains("worked out");
        // active ages 100 60 30 10 45 5 days: median (30 + 45) / 2
        assertThat(overview.getDouble("medianRelationshipAgeDays.value")).isEqualTo(37.5);
        assertThat(overview.getInt("medianRelationshipAgeDays.n")).isEqualTo(6);
        // baseline: 11 assigned, 8 answered; check-in-1: 6 assigned, 2 answered
        assertThat(overview.getList("checkInCompletion.wave", String.class)).containsExactly("baseline", "check-in-1");
        assertThat(overview.getList("checkInCompletion.assigned")).containsExactly(11, 6);
        assertThat(overview.getList("checkInCompletion.completed")).containsExactly(8, 2);
        assertThat(overview.getDouble("checkInCompletion[0].completion.value")).isCloseTo(8 / 11.0, within(1e-9));
        // 6 meetings over 100 + 60 + 30 + 180 + 10 + 45 + 5 = 430 relationship-days = 430 / 30.44 months
        assertThat(overview.getDouble("meetingsPerRelationshipMonth.value")).isCloseTo(6 / (430 / 30.44), within(1e-9));
        assertThat(overview.getInt("meetingsPerRelationshipMonth.n")).isEqualTo(7);
    }

    @Test
    void healthOverTimeCutsMonthsAndWeeksAndHidesSmallPeriods() {
        JsonPath months = given().header("Authorization", Tokens.bearer("researcher", tenant)).queryParam("interval", "month")
                .queryParam("from", "2026-03-01").queryParam("to", "2026-05-31")
                .get("/api/v1/programmes/" + healthProgramme + "/reports/health").then().statusCode(200).extract().jsonPath(DOUBLES);
        assertThat(months.getList("periods.from", String.class)).containsExactly("2026-03-01", "2026-04-01", "2026-05-01");
        assertThat(months.getList("periods.activeRelationships.n")).containsExactly(4, 4, 3);
        assertThat(months.getList("periods.startedRelationships.n")).containsExactly(4, 0, 0);
        // one closed in April: hidden; no other non-empty month to hide with it
        assertThat(months.getList("periods.closedRelationships.n")).containsExactly(0, null, 0);
        // meetings 4, 1, 0: April's single one hidden, and March with it so April cannot be worked out
        assertThat(months.getList("periods.meetings.n")).containsExactly(null, null, 0);

        JsonPath weeks = given().header("Authorization", Tokens.bearer("admin", tenant)).queryParam("interval", "week")
                .queryParam("from", "2026-03-04").queryParam("to", "2026-03-17")
                .get("/api/v1/programmes/" + healthProgramme + "/reports/health").jsonPath(DOUBLES);
        assertThat(weeks.getList("periods.from", String.class)).containsExactly("2026-03-02", "2026-03-09", "2026-03-16");
        assertThat(weeks.getList("periods.to", String.class)).containsExactly("2026-03-08", "2026-03-15", "2026-03-22");
        // whole weeks: the fourth relationship (20 March) falls in the last one; alone there it is hidden, and the first week with it
        assertThat(weeks.getList("periods.startedRelationships.n")).containsExactly(null, 0, null);

        assertThat(given().header("Authorization", Tokens.bearer("admin", tenant)).queryParam("interval", "day")
                .get("/api/v1/programmes/" + healthProgramme + "/reports/health").statusCode()).isEqualTo(400);
        Response notADate = given().header("Authorization", Tokens.bearer("admin", tenant)).queryParam("from", "2026-13-45")
                .get("/api/v1/programmes/" + healthProgramme + "/reports/health");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.contentType()).startsWith("application/problem+json");
        assertThat(given().header("Authorization", Tokens.bearer("admin", tenant)).queryParam("from", "2026-06-01").queryParam("to", "2026-05-01")
                .get("/api/v1/programmes/" + healthProgramme + "/reports/health").statusCode()).isEqualTo(400);
    }

    @Test
    void atRiskListsEachReasonWithItsFigures() {
        JsonPath atRisk = get("programme-manager", "at-risk");
        // r2: three check-ins missed, no meeting in 60 days, agreement unconfirmed after 60; r1: quality 6.0 -> 4.5 and 50 quiet
        // days; r6: two missed. r3, r5, r7 are fine (r5 and r7 are young; the rating of m2 is not a self-report).
        assertThat(atRisk.getList("relationships.relationshipId", String.class))
                .containsExactly(r2.id().toString(), r1.id().toString(), r6.id().toString());
        assertThat(atRisk.getList("relationships[0].reasons.reason", String.class))
                .containsExactly("missed-check-ins", "no-recent-meeting", "agreement-unconfirmed");
        assertThat(atRisk.getInt("relationships[0].reasons[0].figures.missed")).isEqualTo(3);
        assertThat(atRisk.getBoolean("relationships[0].reasons[1].figures.meetingLogged")).isFalse();
        assertThat(atRisk.getInt("relationships[0].reasons[2].figures.daysSinceStart")).isEqualTo(60);
        assertThat(atRisk.getList("relationships[1].reasons.reason", String.class)).containsExactly("quality-drop", "no-recent-meeting");
        assertThat(atRisk.getDouble("relationships[1].reasons[0].figures.drop")).isEqualTo(1.5);
        assertThat(atRisk.getString("relationships[1].reasons[0].figures.toWave")).isEqualTo("check-in-1");
        assertThat(atRisk.getString("relationships[1].reasons[1].figures.lastActivityOn")).isEqualTo(day(50).toString());
        assertThat(atRisk.getInt("relationships[2].reasons[0].figures.missed")).isEqualTo(2);

        // a stricter tenant: a quality drop of more than 0.1 also flags r6 (5.0 -> 4.8)
        Response current = as("admin").get("/api/v1/settings");
        as("admin").header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(Map.of("minGroupSize", 3,
                "confidenceLevel", 0.95, "bootstrapResamples", 5000, "reportingTimeZone", "UTC", "atRisk",
                Map.of("qualityDrop", 0.1, "missedCheckIns", 2, "inactivityWeeks", 6, "agreementGraceDays", 21))).put("/api/v1/settings")
                .then().statusCode(200);
        assertThat(get("admin", "at-risk").getList("relationships[2].reasons.reason", String.class)).contains("quality-drop");
        assertThat(given().header("Authorization", Tokens.bearer("researcher", tenant)).get(path("at-risk")).statusCode()).isEqualTo(403);

        // person-level lists read by staff are audited; the settings change too
        JsonPath audit = as("admin").get("/api/v1/audit-events?resource=" + path("at-risk")).jsonPath();
        assertThat(audit.getList("items.operation", String.class)).containsExactly("getAtRiskRelationships", "getAtRiskRelationships");
        assertThat(audit.getList("items.roles", String.class)).containsExactly("programme-manager", "admin");
        assertThat(as("admin").get("/api/v1/audit-events?resource=/api/v1/settings").jsonPath().getList("items.method", String.class))
                .contains("PUT");

        // a page at a time: two, then the rest from the cursor, in the list's order; a cursor this API did not issue is a 400
        List<String> all = get("admin", "at-risk").getList("relationships.relationshipId", String.class);
        JsonPath first = as("admin").queryParam("limit", 2).get(path("at-risk")).jsonPath();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getList("relationships.relationshipId", String.class)).containsExactlyElementsOf(all.subList(0, 2));
        JsonPath rest = as("admin").queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor")).get(path("at-risk")).jsonPath();
        assertThat(rest.getList("relationships.relationshipId", String.class)).containsExactlyElementsOf(all.subList(2, 3));
        assertThat(rest.getString("nextCursor")).isNull();
        Response foreign = as("admin").queryParam("cursor", "bm90LWEtY3Vyc29y").get(path("at-risk"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(as("admin").queryParam("limit", 0).get(path("at-risk")).statusCode()).isEqualTo(400);
    }

    @Test
    void mentorSelectivityAndInclusivenessWithTheirNs() {
        JsonPath report = given().header("Authorization", Tokens.bearer("programme-manager", tenant)).queryParam("attribute", "gender")
                .get(path("mentors")).then().statusCode(200).extract().jsonPath(DOUBLES);
        assertThat(report.getList("mentors.mentorId", String.class)).containsExactly("m1", "m2", "m3");
        // m1: 1 decline of 3 decided; m2: 2 decided, too few; m3: 2 of 4
        assertThat(report.getDouble("mentors[0].declineRate.value")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.getInt("mentors[0].declineRate.n")).isEqualTo(3);
        assertThat(report.getString("mentors[1].declineRate.value")).isNull();
        assertThat(report.getDouble("mentors[2].declineRate.value")).isEqualTo(0.5);
        // m3's protégés e5 (m), e6 (x), e1 (f): Blau 1 - 3 (1/3)^2 = 2/3; m1 has two protégés: hidden
        assertThat(report.getDouble("mentors[2].protegeDiversity.value")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.getString("mentors[0].protegeDiversity.value")).isNull();
        // m3's protégés' latest quality 3.8, 4.8, 5.2: SD = sqrt(((-0.8)^2 + 0.2^2 + 0.6^2) / 2) = sqrt(0.52)
        assertThat(report.getDouble("mentors[2].qualitySd.value")).isCloseTo(Math.sqrt(0.52), within(1e-9));
        assertThat(report.getInt("mentors[2].qualitySd.n")).isEqualTo(3);
        // by mentee gender: f = e1 e2 e3 (4 proposals, 1 declined); m (2 people), x (1), not stated (1) hidden
        assertThat(report.getList("byMenteeGroup.value", String.class)).containsExactly("(not stated)", "f", "m", "x");
        assertThat(report.getList("byMenteeGroup.mentees")).containsExactly(null, 3, null, null);
        assertThat(report.getDouble("byMenteeGroup[1].declineRate.value")).isEqualTo(0.25);
        assertThat(report.getInt("byMenteeGroup[1].declineRate.n")).isEqualTo(4);

        JsonPath researcher = given().header("Authorization", Tokens.bearer("researcher", tenant)).queryParam("attribute", "gender")
                .get(path("mentors")).jsonPath(DOUBLES);
        assertThat(researcher.getList("mentors")).isEmpty();
        assertThat(researcher.getList("byMenteeGroup")).hasSize(4);
        assertThat(researcher.getInt("total")).isZero();
        assertThat(given().header("Authorization", Tokens.bearer("admin", tenant)).get(path("mentors")).statusCode()).isEqualTo(400);
    }

    @Test
    void mentorsComeAPageAtATimeWithEveryGroupOnEachPage() {
        JsonPath first = as("programme-manager").queryParam("attribute", "gender").queryParam("limit", 2).get(path("mentors"))
                .then().statusCode(200).extract().jsonPath(DOUBLES);
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getList("mentors.mentorId", String.class)).containsExactly("m1", "m2");
        assertThat(first.getList("byMenteeGroup.value", String.class)).containsExactly("(not stated)", "f", "m", "x");
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();

        JsonPath second = as("programme-manager").queryParam("attribute", "gender").queryParam("limit", 2).queryParam("cursor", cursor)
                .get(path("mentors")).then().statusCode(200).extract().jsonPath(DOUBLES);
        assertThat(second.getList("mentors.mentorId", String.class)).containsExactly("m3");
        assertThat(second.getDouble("mentors[0].declineRate.value")).isEqualTo(0.5);
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(second.getList("byMenteeGroup.mentees")).containsExactly(null, 3, null, null);

        assertThat(as("admin").queryParam("attribute", "gender").queryParam("cursor", "not a cursor!").get(path("mentors")).statusCode())
                .isEqualTo(400);
        assertThat(as("admin").queryParam("attribute", "gender").queryParam("limit", 0).get(path("mentors")).statusCode()).isEqualTo(400);
        assertThat(as("admin").queryParam("attribute", "gender").queryParam("limit", 501).get(path("mentors")).statusCode()).isEqualTo(400);
        Response huge = as("admin").queryParam("attribute", "gender").queryParam("limit", "99999999999999999999").get(path("mentors"));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void completionByWaveAndRoleWithOverdueCounts() {
        JsonPath completion = get("researcher", "completion");
        assertThat(completion.getList("cells.wave", String.class)).containsExactly("baseline", "baseline", "check-in-1", "check-in-1");
        assertThat(completion.getList("cells.role", String.class)).containsExactly("mentee", "mentor", "mentee", "mentor");
        // baseline/mentee: 5 people, 6 assigned, 6 answered; baseline/mentor: 3 people, 5 assigned, 2 answered, 2 overdue;
        // check-in-1/mentee: 3 people, 3 assigned, 2 answered, 1 overdue; check-in-1/mentor: 2 people, hidden
        assertThat(completion.getList("cells.people")).containsExactly(5, 3, 3, null);
        assertThat(completion.getList("cells.assigned")).containsExactly(6, 5, 3, null);
        assertThat(completion.getList("cells.answered")).containsExactly(6, 2, 2, null);
        assertThat(completion.getList("cells.overdue")).containsExactly(0, 2, 1, null);
        assertThat(completion.getDouble("cells[1].completion.value")).isEqualTo(0.4);
    }

    @Test
    void reportsAreForStaffOfTheProgrammesTenantOnly() {
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).get(path("overview")).statusCode())
                .isEqualTo(404);
        for (String other : List.of("reports/at-risk", "reports/mentors?attribute=gender", "reports/completion", "report.html")) {
            assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()))
                    .get("/api/v1/programmes/" + programme + "/" + other).statusCode()).as(other).isEqualTo(404);
        }
        assertThat(given().header("Authorization", Tokens.bearer("admin", tenant))
                .get("/api/v1/programmes/" + UUID.randomUUID() + "/reports/overview").statusCode()).isEqualTo(404);
        for (String role : List.of("mentor", "mentee", "integration")) {
            assertThat(given().header("Authorization", Tokens.bearer(role, tenant)).get(path("overview")).statusCode()).as(role).isEqualTo(403);
        }
        Response notAnId = given().header("Authorization", Tokens.bearer("admin", tenant)).get("/api/v1/programmes/nope/reports/overview");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(notAnId.contentType()).startsWith("application/problem+json");
    }

    @Test
    void chartsAreStandaloneSvgWithTheirNAndGapsWhereFiguresAreHidden() throws Exception {
        Response phases = as("researcher").get("/api/v1/programmes/" + programme + "/charts/overview.svg");
        assertThat(phases.statusCode()).isEqualTo(200);
        assertThat(phases.contentType()).startsWith("image/svg+xml");
        org.w3c.dom.Element svg = io.tandem.analytics.charts.SvgDocuments.parse(phases.asString());
        assertThat(svg.getElementsByTagNameNS(io.tandem.analytics.charts.SvgDocuments.SVG_NS, "title").item(0).getTextContent())
                .isEqualTo("Relationships by phase");
        // initiation (complement) and ended (too small) are gaps; cultivation shows 3
        assertThat(io.tandem.analytics.charts.SvgDocuments.withClass(svg, "suppressed")).hasSize(2);
        assertThat(io.tandem.analytics.charts.SvgDocuments.withClass(svg, "n")).extracting(org.w3c.dom.Element::getTextContent)
                .containsExactly("n=3", "n=0", "n=0");

        // quality by wave: mentee baseline answered by 5 people (mean of 6.0 4.0 5.5 3.8 5.0 5.2 = 4.9167, n=6); mentor baseline (2
        // people), mentee check-in-1 (2) and mentor check-in-1 (none) are gaps
        org.w3c.dom.Element quality = io.tandem.analytics.charts.SvgDocuments.parse(
                as("admin").get("/api/v1/programmes/" + programme + "/charts/quality.svg").asString());
        assertThat(io.tandem.analytics.charts.SvgDocuments.withClass(quality, "point")).hasSize(1);
        assertThat(io.tandem.analytics.charts.SvgDocuments.withClass(quality, "point").get(0).getTextContent()).contains("4.92").contains("n=6");
        assertThat(io.tandem.analytics.charts.SvgDocuments.withClass(quality, "suppressed")).hasSize(3);
        io.tandem.analytics.charts.SvgDocuments.parse(as("admin").get("/api/v1/programmes/" + programme + "/charts/completion.svg").asString());
        io.tandem.analytics.charts.SvgDocuments.parse(given().header("Authorization", Tokens.bearer("admin", tenant)).queryParam("interval", "week")
                .get("/api/v1/programmes/" + healthProgramme + "/charts/health.svg").asString());
        assertThat(as("mentor").get("/api/v1/programmes/" + programme + "/charts/overview.svg").statusCode()).isEqualTo(403);
    }

    @Test
    void thePrintableReportRendersInAHeadlessBrowserWithItsTablesAndCharts() throws Exception {
        Response page = as("programme-manager").get("/api/v1/programmes/" + programme + "/report.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".html");
        java.nio.file.Files.writeString(file, page.asString());
        HeadlessChromium.Rendered rendered = HeadlessChromium.render(file);
        assertThat(rendered.console()).as("console messages").isEmpty();
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(rendered.dom());
        assertThat(dom.select("svg")).hasSize(4);
        assertThat(dom.select("svg > title").eachText()).containsExactly("Relationships by phase", "Check-in completion by wave",
                "Programme health per month", "Mean relationship-quality by wave");
        assertThat(dom.select("table.participants tbody tr")).hasSize(4);
        assertThat(dom.select("table.phases td.num").eachText()).containsExactly("3", "0", "0");
        assertThat(dom.select("table.completion tbody tr")).hasSize(4);
        assertThat(dom.select("td.hidden").eachText()).anyMatch(t -> t.contains("fewer than 3 people"));
    }

    private io.restassured.specification.RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant));
    }

    private String path(String report) {
        return "/api/v1/programmes/" + programme + "/reports/" + report;
    }

    private JsonPath get(String role, String report) {
        Response response = given().header("Authorization", Tokens.bearer(role, tenant)).get(path(report));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath(DOUBLES);
    }
}
