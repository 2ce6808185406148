package io.tandem.e2e;

import io.tandem.e2e.analytics.api.IngestionApi;
import io.tandem.e2e.analytics.api.SettingsApi;
import io.tandem.e2e.matching.api.MatchingRunsApi;
import io.tandem.e2e.matching.api.MeApi;
import io.tandem.e2e.matching.api.RelationshipsApi;
import io.tandem.e2e.matching.model.AgreementChannel;
import io.tandem.e2e.matching.model.EndReason;
import io.tandem.e2e.matching.model.GoalDraft;
import io.tandem.e2e.matching.model.MeetingCadence;
import io.tandem.e2e.matching.model.MeetingChannel;
import io.tandem.e2e.matching.model.MeetingDraft;
import io.tandem.e2e.matching.model.PhaseMove;
import io.tandem.e2e.matching.model.Relationship;
import io.tandem.e2e.matching.model.RelationshipAgreement;
import io.tandem.e2e.matching.model.RelationshipPhase;
import io.tandem.e2e.matching.model.RelationshipSide;
import io.tandem.e2e.matching.api.ProgrammesApi;
import io.tandem.e2e.matching.api.ParticipantsApi;
import io.tandem.e2e.matching.model.BulkEnrolmentReport;
import io.tandem.e2e.matching.model.Choice;
import io.tandem.e2e.matching.model.FairnessReport;
import io.tandem.e2e.matching.model.MatchingRun;
import io.tandem.e2e.matching.model.PairExplanation;
import io.tandem.e2e.matching.model.Programme;
import io.tandem.e2e.matching.model.ProgrammeDraft;
import io.tandem.e2e.matching.model.ProgrammeStatus;
import io.tandem.e2e.matching.model.ProgrammeStatusChange;
import io.tandem.e2e.matching.model.ProgrammeType;
import io.tandem.e2e.matching.model.Proposal;
import io.tandem.e2e.matching.model.ProposalDecision;
import io.tandem.e2e.survey.api.AssignmentsApi;
import io.tandem.e2e.survey.api.FeedsApi;
import io.tandem.e2e.survey.api.InstrumentsApi;
import io.tandem.e2e.survey.api.PsychometricsApi;
import io.tandem.e2e.survey.api.ResponsesApi;
import io.tandem.e2e.survey.model.Answers;
import io.tandem.e2e.survey.model.Assignment;
import io.tandem.e2e.survey.model.AssignmentRequest;
import io.tandem.e2e.survey.model.AssignmentStatus;
import io.tandem.e2e.survey.model.BulkAssignmentReport;
import io.tandem.e2e.survey.model.FormItem;
import io.tandem.e2e.survey.model.Instrument;
import io.tandem.e2e.survey.model.InstrumentForm;
import io.tandem.e2e.survey.model.ItemType;
import io.tandem.e2e.survey.model.RespondentRole;
import io.tandem.e2e.survey.model.Response;
import io.tandem.e2e.survey.model.ScoreValue;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's "A programme end to end", through the three running services with clients generated
 * from their exported OpenAPI documents: what an integrator would write.
 */
class ProgrammeWalkThroughTest {

    private static final List<String> MENTORS = List.of("emp-m1", "emp-m2", "emp-m3");
    private static final List<String> MENTEES = List.of("emp-e1", "emp-e2", "emp-e3");

    private static RunningServices services;
    private final String tenant = "e2e-" + UUID.randomUUID();

    @BeforeAll
    static void startServices() throws Exception {
        services = RunningServices.start();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aProgrammeFromMotiveSurveysToAcceptedPairs() throws Exception {
        // 1. survey-service: the built-in library, and mentor-motives assigned to every mentor
        InstrumentsApi instruments = new InstrumentsApi(survey("programme-manager", "hr-1"));
        Instrument motives = instruments.listBuiltInInstruments().getItems().stream()
                .filter(i -> i.getKey().equals("mentor-motives") && "published".equals(i.getStatus().getValue())).findFirst().orElseThrow();
        List<AssignmentRequest> requests = MENTORS.stream().map(m -> new AssignmentRequest().respondentId(m)
                .instrumentKey("mentor-motives").role(RespondentRole.MENTOR).wave("baseline").dueOn(LocalDate.now().plusDays(14))).toList();
        BulkAssignmentReport assigned = new AssignmentsApi(survey("programme-manager", "hr-1")).createAssignmentsInBulk(requests, "motives-" + UUID.randomUUID());
        assertThat(assigned.getCreated()).isEqualTo(3);

        // 2. each mentor finds the assignment, reads the form in German, saves a draft and submits
        for (int m = 0; m < MENTORS.size(); m++) {
            var client = survey("mentor", MENTORS.get(m));
            List<Assignment> open = new AssignmentsApi(client).listAssignments(null, null, null, null, null, null, null, AssignmentStatus.OPEN, null).getItems();
            assertThat(open).hasSize(1);
            InstrumentForm form = new InstrumentsApi(client).getInstrumentForm(open.get(0).getInstrumentId(), "de");
            assertThat(form.getLocale()).isEqualTo("de");
            Map<String, Object> answers = answersTo(form, m);
            ResponsesApi responses = new ResponsesApi(client);
            Map<String, Object> firstHalf = new LinkedHashMap<>();
            answers.entrySet().stream().limit(answers.size() / 2).forEach(e -> firstHalf.put(e.getKey(), e.getValue()));
            responses.saveResponseDraft(open.get(0).getId(), body(firstHalf), null);
            Response submitted = responses.submitResponse(open.get(0).getId(), body(answers), "submit-" + MENTORS.get(m));
            assertThat(submitted.getScores()).extracting(ScoreValue::getKey).contains("other-focused", "self-focused");
            assertThat(submitted.getScores()).filteredOn(s -> s.getKey().equals("other-focused")).first()
                    .extracting(ScoreValue::getValue).isNotNull();
        }

        // 3. matching-service: a programme, open for enrolment, people enrolled from a CSV upload
        ProgrammesApi programmes = new ProgrammesApi(matching("programme-manager", "hr-1"));
        Programme programme = programmes.createProgramme(new ProgrammeDraft().name("Engineering mentoring").type(ProgrammeType.CLASSIC)
                .startsOn(LocalDate.now()).endsOn(LocalDate.now().plusMonths(10)).defaultMentorCapacity(1), "programme-" + UUID.randomUUID());
        programmes.changeProgrammeStatus(programme.getId(), new ProgrammeStatusChange().status(ProgrammeStatus.ENROLLING), null);
        String csv = "personId,role,skillsOffered,learningGoals,timeZone\n"
                + "emp-m1,mentor,java;sql,,Europe/Lisbon\n"
                + "emp-m2,mentor,leadership;negotiation,,Europe/Berlin\n"
                + "emp-m3,mentor,design;research,,America/New_York\n"
                + "emp-e1,mentee,,java,Europe/Lisbon\n"
                + "emp-e2,mentee,,leadership,Europe/Berlin\n"
                + "emp-e3,mentee,,research,America/New_York\n"
                + "emp-e4,mentee,,cooking,Asia/Tokyo\n"
                + "emp-e5,mentee,,sailing,Asia/Tokyo\n";
        BulkEnrolmentReport enrolled = new ParticipantsApi(matching("programme-manager", "hr-1"))
                .enrolParticipantsInBulk(programme.getId(), csv, "enrolment-" + UUID.randomUUID());
        assertThat(enrolled.getCreated()).isEqualTo(8);
        programmes.changeProgrammeStatus(programme.getId(), new ProgrammeStatusChange().status(ProgrammeStatus.MATCHING), null);

        // 4. a run that reads the mentors' motive scores from survey-service; its proposals, one pair explained, fairness
        MatchingRunsApi runs = new MatchingRunsApi(matching("programme-manager", "hr-1"));
        MatchingRun run = runs.createMatchingRun(programme.getId(), "run-" + UUID.randomUUID());
        assertThat(run.getExcludedMentors()).as("every mentor completed mentor-motives").isEmpty();
        assertThat(run.getSummary().getMatched()).isEqualTo(3);
        List<Proposal> proposals = runs.listRunProposals(run.getId(), null, null).getItems();
        assertThat(proposals).extracting(Proposal::getMentorId, Proposal::getMenteeId)
                .as("goal fit decides: each mentee gets the mentor offering their goal")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("emp-m1", "emp-e1"),
                        org.assertj.core.groups.Tuple.tuple("emp-m2", "emp-e2"), org.assertj.core.groups.Tuple.tuple("emp-m3", "emp-e3"));
        PairExplanation why = runs.explainPair("emp-e1", "emp-m1", programme.getId());
        assertThat(why.getAllowed()).isTrue();
        assertThat(why.getFactors()).extracting(f -> f.getFactor().getValue()).contains("goal-fit", "motive-fit");
        FairnessReport fairness = runs.getRunFairness(run.getId(), null);
        assertThat(fairness.getOverall().getPeople()).as("mentees, counted as people").isEqualTo(5);
        assertThat(fairness.getOverall().getMatched()).isEqualTo(3);

        // 5. publish; mentor and mentee both accept one proposal
        runs.publishRun(run.getId());
        Proposal first = proposals.stream().filter(p -> p.getMentorId().equals("emp-m1")).findFirst().orElseThrow();
        new MatchingRunsApi(matching("mentor", "emp-m1")).decideProposal(first.getId(), new ProposalDecision().decision(Choice.ACCEPT));
        Proposal accepted = new MatchingRunsApi(matching("mentee", "emp-e1"))
                .decideProposal(first.getId(), new ProposalDecision().decision(Choice.ACCEPT));
        assertThat(accepted.getStatus().getValue()).isEqualTo("accepted");

        // 6. the relationship that acceptance started: agreement confirmed by both, a goal each way, a meeting, closure as peers
        programmes.changeProgrammeStatus(programme.getId(), new ProgrammeStatusChange().status(ProgrammeStatus.RUNNING), null);
        List<Relationship> mine = new MeApi(matching("mentee", "emp-e1")).listMyRelationships(null, null).getItems();
        assertThat(mine).hasSize(1);
        Relationship relationship = mine.get(0);
        assertThat(relationship.getMentorId()).isEqualTo("emp-m1");
        assertThat(relationship.getPhase()).isEqualTo(RelationshipPhase.INITIATION);
        RelationshipsApi mentorSide = new RelationshipsApi(matching("mentor", "emp-m1"));
        RelationshipsApi menteeSide = new RelationshipsApi(matching("mentee", "emp-e1"));
        mentorSide.setRelationshipAgreement(relationship.getId(), new RelationshipAgreement().expectations("Prepare for a tech-lead role")
                .meetingCadence(MeetingCadence.FORTNIGHTLY).channel(AgreementChannel.VIDEO), null);
        mentorSide.confirmRelationshipAgreement(relationship.getId());
        assertThat(menteeSide.confirmRelationshipAgreement(relationship.getId()).getAgreementConfirmed()).isTrue();
        // the baseline check-in reaches survey-service on its own (matching's worker); the mentee answers its quality scale
        AssignmentsApi menteeAssignments = new AssignmentsApi(survey("mentee", "emp-e1"));
        List<Assignment> baseline = await().atMost(java.time.Duration.ofSeconds(60)).until(() -> menteeAssignments
                .listAssignments(null, null, null, null, null, relationship.getId(), null, AssignmentStatus.OPEN, null).getItems(), a -> a.size() == 2);
        assertThat(baseline).extracting(Assignment::getWave).containsOnly("baseline");
        Assignment quality = baseline.stream().filter(a -> a.getInstrumentKey().equals("relationship-quality")).findFirst().orElseThrow();
        Response checkIn = new ResponsesApi(survey("mentee", "emp-e1")).submitResponse(quality.getId(),
                body(answersTo(new InstrumentsApi(survey("mentee", "emp-e1")).getInstrumentForm(quality.getInstrumentId(), "en"), 1)),
                "check-in-" + quality.getId());
        assertThat(checkIn.getScores()).isNotEmpty();
        menteeSide.addRelationshipGoal(relationship.getId(), new GoalDraft().owner(RelationshipSide.MENTEE).description("Lead a design review"), null);
        mentorSide.addRelationshipGoal(relationship.getId(), new GoalDraft().owner(RelationshipSide.MENTOR).description("Learn the team's AI tools"), null);
        menteeSide.logRelationshipMeeting(relationship.getId(), new MeetingDraft().heldOn(LocalDate.now(java.time.ZoneOffset.UTC))
                .durationMinutes(45).channel(MeetingChannel.VIDEO), null);
        for (RelationshipPhase next : List.of(RelationshipPhase.CULTIVATION, RelationshipPhase.SEPARATION)) {
            mentorSide.moveRelationshipPhase(relationship.getId(), new PhaseMove().phase(next), null);
        }
        Relationship closed = menteeSide.moveRelationshipPhase(relationship.getId(),
                new PhaseMove().phase(RelationshipPhase.REDEFINITION).endReason(EndReason.GOALS_MET).reason("we stay in touch as peers"), null);
        assertThat(closed.getContinuesAsPeers()).isTrue();
        assertThat(mentorSide.listRelationshipGoals(relationship.getId(), null, null).getItems()).hasSize(2);
        // closure asks the closing wave (the mentee rates the mentor's behaviours) and withdraws the unanswered baseline
        List<Assignment> closing = await().atMost(java.time.Duration.ofSeconds(60)).until(() -> menteeAssignments
                .listAssignments(null, null, null, null, null, relationship.getId(), null, AssignmentStatus.OPEN, null).getItems(),
                a -> !a.isEmpty() && a.stream().allMatch(x -> x.getWave().equals("closing")));
        assertThat(closing).filteredOn(a -> a.getInstrumentKey().equals("mentoring-behaviours"))
                .extracting(Assignment::getAboutPersonId).containsExactly("emp-m1");

        // 7. researchers read psychometrics; a service identity reads the scored-responses feed; analytics answers
        var report = new PsychometricsApi(survey("researcher", "res-1")).getInstrumentPsychometrics("mentor-motives", motives.getVersion(), null, null, null, null, null, null, "baseline");
        assertThat(report.getResponses()).isEqualTo(3);
        var feed = new FeedsApi(survey("service", "analytics-service")).readScoredResponsesFeed(null, 100);
        assertThat(feed.getEvents()).hasSize(4);
        assertThat(new SettingsApi(analytics("admin", "hr-1")).getAnalyticsSettings().getMinGroupSize()).isGreaterThanOrEqualTo(3);
        // analytics pulls every feed (platform identity) into its read model
        IngestionApi ingestion = new IngestionApi(analytics("admin", "hr-1"));
        var ingested = await().atMost(java.time.Duration.ofSeconds(60)).until(ingestion::pullFeedsNow,
                s -> s.getFeeds().size() == 7 && s.getFeeds().stream().noneMatch(f -> f.getLagging())
                        && s.getFeeds().stream().filter(f -> !f.getFeed().endsWith("person-erasures")).allMatch(f -> f.getEventsApplied() > 0));
        assertThat(ingested.getFeeds()).filteredOn(f -> f.getFeed().equals("scored-responses")).first()
                .extracting(f -> f.getEventsApplied()).isEqualTo(4L);
    }

    /**
     * openapi-generator 7.12 generates Answers (an object whose one property is a free-form map) as
     * a subclass of HashMap, which Jackson writes as its entries only; putting the field in as an
     * entry gives the documented body.
     */
    private static Answers body(Map<String, Object> answers) {
        Answers body = new Answers();
        body.put("answers", answers);
        return body;
    }

    /** Answers every enabled item of the form: Likert items vary by mentor so the scores differ. */
    private static Map<String, Object> answersTo(InstrumentForm form, int mentor) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int i = 0;
        for (FormItem item : form.getItems()) {
            if (item.getEnableWhen() != null) {
                continue;
            }
            if (item.getType() == ItemType.LIKERT || item.getType() == ItemType.IOS || item.getType() == ItemType.NUMBER) {
                int low = item.getMin().intValue();
                int high = item.getMax().intValue();
                answers.put(item.getLinkId(), low + (i++ + mentor) % (high - low + 1));
            } else if (item.getType() == ItemType.SINGLE_CHOICE && Boolean.TRUE.equals(item.getRequired())) {
                answers.put(item.getLinkId(), item.getOptions().get(0).getCode());
            } else if (item.getType() == ItemType.BOOLEAN && Boolean.TRUE.equals(item.getRequired())) {
                answers.put(item.getLinkId(), true);
            }
        }
        return answers;
    }

    @Test
    void aWebhookBeingRetriedOutlivesACrashOfTheService() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(500);
            io.tandem.e2e.matching.api.WebhooksApi hooks = new io.tandem.e2e.matching.api.WebhooksApi(matching("integration", "hr-platform"));
            io.tandem.e2e.matching.model.WebhookSubscription subscription = hooks.createWebhookSubscription(
                    new io.tandem.e2e.matching.model.WebhookSubscriptionRequest().url(receiver.url())
                            .eventTypes(List.of("participant.enrolled")).description("HR platform"), "hook-" + UUID.randomUUID());
            assertThat(subscription.getSecret()).startsWith("whsec_");
            ProgrammesApi programmes = new ProgrammesApi(matching("programme-manager", "hr-1"));
            Programme programme = programmes.createProgramme(new ProgrammeDraft().name("Webhooks").type(ProgrammeType.CLASSIC)
                    .startsOn(LocalDate.now()).endsOn(LocalDate.now().plusMonths(10)).defaultMentorCapacity(1), null);
            programmes.changeProgrammeStatus(programme.getId(), new ProgrammeStatusChange().status(ProgrammeStatus.ENROLLING), null);
            new ParticipantsApi(matching("integration", "hr-platform")).enrolParticipantsInBulk(programme.getId(),
                    "personId,role,timeZone\nemp-hook,mentee,Europe/Lisbon\n", null);

            // the receiver fails the first attempt; the service dies while the delivery waits for its retry
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
            services.crashAndRestart("matching-service");
            receiver.answer(204);
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.received().stream().anyMatch(r -> r.answeredWith() == 204));

            List<WebhookReceiver.Received> attempts = receiver.received();
            assertThat(attempts.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
            assertThat(attempts.get(attempts.size() - 1).body()).contains("\"type\":\"participant.enrolled\"").contains("emp-hook");
            await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(
                    hooks.listWebhookDeliveries(subscription.getId(), null, null, null).getItems().get(0).getStatus().getValue()));
        }
    }

    private io.tandem.e2e.survey.client.ApiClient survey(String role, String subject) {
        io.tandem.e2e.survey.client.ApiClient client = new io.tandem.e2e.survey.client.ApiClient().setRequestInterceptor(as(role, subject));
        client.updateBaseUri(services.url("survey-service"));
        return client;
    }

    private io.tandem.e2e.matching.client.ApiClient matching(String role, String subject) {
        io.tandem.e2e.matching.client.ApiClient client = new io.tandem.e2e.matching.client.ApiClient().setRequestInterceptor(as(role, subject));
        client.updateBaseUri(services.url("matching-service"));
        return client;
    }

    private io.tandem.e2e.analytics.client.ApiClient analytics(String role, String subject) {
        io.tandem.e2e.analytics.client.ApiClient client = new io.tandem.e2e.analytics.client.ApiClient().setRequestInterceptor(as(role, subject));
        client.updateBaseUri(services.url("analytics-service"));
        return client;
    }

    /** Each generated client has its own ApiClient type; they share how a request is signed. */
    private java.util.function.Consumer<java.net.http.HttpRequest.Builder> as(String role, String subject) {
        return request -> request.header("Authorization", Tokens.bearer(role, tenant, subject));
    }
}
