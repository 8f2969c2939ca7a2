package org.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.collections.invoice.InvoiceRepository;
import org.collections.letters.OutboxMessage;
import org.collections.letters.OutboxRepository;
import org.collections.process.CaseVariables;
import org.collections.process.CollectionProcess;
import org.collections.process.CustomerContactProcess;
import org.collections.process.InvoiceCallProcess;
import org.collections.process.PaymentPlanProcess;
import org.junit.jupiter.api.AfterEach;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One application context for every Spring test: in-memory H2, the real engine with its job executor off (tests
 * run due jobs themselves, after moving the engine clock), GreenMail as the SMTP server, and process coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class CaseTestSupport {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** A Monday morning before the contact hour; every test starts here. */
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZONE);

    /** Users of the test set-up, one per role, with passwords that satisfy the password policy. */
    protected static final String AGENT = "agent1";
    protected static final String MANAGER = "manager1";
    protected static final String SYSTEM = "system1";
    protected static final String ADMIN = "admin";
    protected static final String CALL_TASK = CustomerContactProcess.TASK_CALL_CUSTOMER;
    protected static final String PASSWORD = "Test#Password-2026";
    protected static final String ADMIN_PASSWORD = "Secret#Test-2026";

    protected static final GreenMail MAIL = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));

    static {
        TestDatabase.prepare();
        MAIL.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected HistoryService history;
    @Autowired
    protected OutboxRepository outbox;
    @Autowired
    protected IdentityService identity;
    @Autowired
    private InvoiceRepository caseInvoices;

    @BeforeEach
    void startClean() throws Exception {
        ClockUtil.setCurrentTime(Date.from(START.toInstant()));
        AbstractAssertions.init(engine);
        user(AGENT, "collection-agents");
        user(MANAGER, "collection-managers");
        user(SYSTEM, "collection-integration");
        if (!MAIL.isRunning()) {
            MAIL.start();
        }
        MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void cleanUp() {
        runtime.createProcessInstanceQuery().list().forEach(pi -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
                runtime.deleteProcessInstance(pi.getId(), "test finished", true, true);
            }
        });
        ClockUtil.reset();
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    // ------------------------------------------------------------------ invoices through the API

    /**
     * The country of the customers the helpers register: the Netherlands, whose law adds interest and costs from the
     * final demand on. A test about something else may choose a country where only the contract counts.
     */
    protected String customerCountry = "NL";

    /** The time zone of the customers the helpers register; contact is planned in it. */
    protected String customerTimeZone = "Europe/Amsterdam";

    /** Whether the helpers' invoices allow a late fee; as the policy says unless a test chooses. */
    protected Boolean lateFeeAllowed;

    protected static String newNumber() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Map<String, Object> invoice(String number, String amount, LocalDate dueDate) {
        return invoice(number, amount, dueDate, false, "en");
    }

    protected Map<String, Object> invoice(String number, String amount, LocalDate dueDate, boolean ongoingWork,
            String locale) {
        return invoice(number, amount, dueDate, ongoingWork, locale, "CONSUMER");
    }

    /** An invoice of a customer of its own (numbered like the invoice), so that cases do not meet. */
    protected Map<String, Object> invoice(String number, String amount, LocalDate dueDate, boolean ongoingWork,
            String locale, String customerType) {
        return invoiceOf(number, number, amount, dueDate, ongoingWork, locale, customerType);
    }

    protected Map<String, Object> invoiceOf(String customerNumber, String number, String amount, LocalDate dueDate,
            boolean ongoingWork, String locale, String customerType) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("number", number, "amount", amount, "currency", "EUR",
                "issueDate", dueDate.minusDays(30).toString(), "dueDate", dueDate.toString(),
                "ongoingWork", ongoingWork,
                "customer", Map.of("number", customerNumber, "name", "Jane Debtor", "email", "jane@example.com", "phone", "+31 6 1234 5678",
                        "address", "Keizersgracht 1, 1015 CJ Amsterdam", "type", customerType, "locale", locale,
                        "timeZone", customerTimeZone, "country", customerCountry)));
        if (lateFeeAllowed != null) {
            body.put("lateFeeAllowed", lateFeeAllowed);
        }
        return Map.copyOf(body);
    }

    /** An invoice of a (business) customer with this name, due in ten days: nothing but its amount is owed. */
    @SuppressWarnings("unchecked")
    protected String invoiceOfCustomer(String customerNumber, String name, String amount) throws Exception {
        String number = newNumber();
        Map<String, Object> body = new java.util.HashMap<>(invoiceOf(customerNumber, number, amount,
                today().plusDays(10), false, "en", "BUSINESS"));
        Map<String, Object> customer = new java.util.HashMap<>((Map<String, Object>) body.get("customer"));
        customer.put("name", name);
        body.put("customer", customer);
        register(body);
        return number;
    }

    /** A random word of letters only: a payer's name is compared word by word, and digits could be an invoice number. */
    protected static String word() {
        StringBuilder word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) ('g' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    protected static String newCustomerNumber() {
        return "K-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers invoices of one (business) customer, one per amount, all due on {@code due}; answers their numbers. */
    protected List<String> registerInvoicesOf(String customerNumber, LocalDate due, String locale, String... amounts)
            throws Exception {
        List<String> numbers = new java.util.ArrayList<>();
        for (String amount : amounts) {
            String number = newNumber();
            register(invoiceOf(customerNumber, number, amount, due, false, locale, "BUSINESS"));
            numbers.add(number);
        }
        return numbers;
    }

    /** Registers through the API and answers the case. */
    protected ProcessInstance register(Map<String, Object> body) throws Exception {
        MvcResult result = postJson("/api/invoices", body);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return caseOf((String) body.get("number"));
    }

    protected ProcessInstance register(String number, String amount, LocalDate dueDate) throws Exception {
        return register(invoice(number, amount, dueDate));
    }

    protected MvcResult pay(String number, String amount, String reference) throws Exception {
        return postJson("/api/invoices/" + number + "/payments", Map.of("amount", amount, "currency", "EUR",
                "paidAt", today().toString(), "reference", reference));
    }

    protected MvcResult postJson(String path, Object body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(SYSTEM, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
    }

    protected MvcResult postRaw(String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(SYSTEM, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
    }

    protected JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(SYSTEM, PASSWORD))).andReturn().getResponse()
                .getContentAsString());
    }

    protected JsonNode invoiceView(String number) throws Exception {
        return getJson("/api/invoices/" + number);
    }

    /**
     * Registers an invoice {@code daysLate} days past due, lets the ladder run to its end (final demand and its
     * deadline) and answers the case waiting at Decide route.
     */
    protected ProcessInstance atRouteDecision(String number, String amount, String customerType, int daysLate)
            throws Exception {
        ProcessInstance pi = register(invoice(number, amount, START.toLocalDate().minusDays(daysLate), false, "en",
                customerType));
        runDueJobs();
        if (runtime.getVariable(pi.getId(), CaseVariables.FINAL_DEMAND_DEADLINE_AT.name()) == null) {
            // day 60 fell on a day the customer is not contacted: the final demand goes out on the next working day
            travelTo(ZonedDateTime.parse((String) runtime.getVariable(pi.getId(), CaseVariables.DAY60_AT.name())));
        }
        // 14 days, or for a Dutch consumer the 14-day letter's term (from the day after receipt)
        travelTo(ZonedDateTime.parse((String) runtime.getVariable(pi.getId(),
                CaseVariables.FINAL_DEMAND_DEADLINE_AT.name())).plusHours(2));
        assertThat(task(number, CollectionProcess.TASK_DECIDE_ROUTE)).isNotNull();
        return pi;
    }

    /** As {@link #atRouteDecision}, then the manager chooses the legal route. */
    protected ProcessInstance atLegalRoute(String number, String amount, String customerType, int daysLate)
            throws Exception {
        ProcessInstance pi = atRouteDecision(number, amount, customerType, daysLate);
        complete(number, CollectionProcess.TASK_DECIDE_ROUTE, Map.of("route", "LEGAL_ROUTE"));
        runDueJobs();
        return pi;
    }

    protected ProcessInstance child(ProcessInstance parent, String key) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).processDefinitionKey(key)
                .singleResult();
    }

    protected String dossierText(String number) throws Exception {
        return invoiceView(number).get("dossier").toString();
    }

    // ------------------------------------------------------------------ the engine

    protected ProcessInstance caseOf(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
                .processInstanceBusinessKey(number).singleResult();
    }

    protected static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }

    /** Moves engine time (and so the application's clock) and runs every job that has become due. */
    protected void travelTo(ZonedDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
        runDueJobs();
    }

    /**
     * To the moment a stage of the case is planned for ({@code day30At}, {@code day60At}…): the customer's first
     * working day from the stage's day on, which a test should not have to work out.
     */
    protected void travelToStage(ProcessInstance invoiceCase, org.collections.process.ProcessVariable<String> moment) {
        travelTo(ZonedDateTime.parse((String) runtime.getVariable(invoiceCase.getId(), moment.name())));
    }

    protected void travelTo(LocalDate day, int hour) {
        travelTo(day.atTime(hour, 0).atZone(ZONE));
    }

    /** What the job executor would do: run due jobs until none is left (failed jobs stay for the test to see). */
    protected void runDueJobs() {
        for (int round = 0; round < 200; round++) {
            // executable(): due now or without due date (async continuations); only the cases' jobs, not cleanup
            List<Job> due = management.createJobQuery().executable().withRetriesLeft().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            boolean ranAny = false;
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                    ranAny = true;
                } catch (RuntimeException e) {
                    // a failing job is retried later, as the job executor would; tests assert on its incident
                    LoggerFactory.getLogger(getClass()).warn("Job {} failed: {}", job.getId(), e.toString());
                }
            }
            if (!ranAny) {
                return;
            }
        }
        throw new AssertionError("jobs keep becoming due: a loop without a wait state?");
    }

    /** The invoice's case, its customer's contact case and plan cases: the places an invoice's tasks can be. */
    private String[] casesOf(String number) {
        return caseInvoices.findByNumber(number).map(i -> {
            List<String> keys = new java.util.ArrayList<>(List.of(number, i.getCustomer().getNumber()));
            planCasesOfCustomer(i.getCustomer().getNumber()).forEach(p -> keys.add(p.getBusinessKey()));
            return keys.toArray(String[]::new);
        }).orElse(new String[] {number});
    }

    /** The running plan cases of a customer (business key PLAN-&lt;id&gt;). */
    /**
     * Runs the cases' jobs, as the job executor would, until only those of one activity are left to run: a case held
     * between two steps, as it is for a moment in production.
     */
    protected List<Job> runJobsExcept(String activityId) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            List<Job> others = due.stream().filter(job -> !activityId.equals(management.createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId())).toList();
            if (others.isEmpty()) {
                return due;
            }
            others.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the jobs of " + activityId + " were never all that was left");
    }

    protected List<ProcessInstance> planCasesOfCustomer(String customerNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PaymentPlanProcess.KEY)
                .variableValueEquals("customerNumber", customerNumber).list();
    }

    /** The plan case covering the invoice (the customer's only running one). */
    protected ProcessInstance planCaseOf(String number) {
        List<ProcessInstance> plans = planCasesOfCustomer(
                caseInvoices.findByNumber(number).orElseThrow().getCustomer().getNumber());
        assertThat(plans).as("plan cases of the customer of " + number).hasSize(1);
        return plans.get(0);
    }

    protected Task task(String number, String taskDefinitionKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKeyIn(casesOf(number))
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(found).as("open task " + taskDefinitionKey + " of " + number).hasSize(1);
        return found.get(0);
    }

    /** The open tasks of the invoice's case and of its customer's contact case. */
    protected List<Task> openTasks(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKeyIn(casesOf(number)).list();
    }

    /** A form's Markdown as the agent reads it: without the backslashes that make typed text show as typed. */
    public static String asRead(String markdown) {
        return markdown == null ? null : markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    /** A task-local text of the task's form, as the agent reads it. */
    protected String shown(String taskId, String variable) {
        return asRead((String) tasks.getVariableLocal(taskId, variable));
    }

    /** The customer's call task that covers this invoice (one per customer). */
    protected Task callTask(String number) {
        return task(number, CALL_TASK);
    }

    /** Reports the call about this invoice's customer and lets the contact case tell each invoice its outcome. */
    protected void call(String number, Map<String, Object> variables) {
        complete(number, CALL_TASK, variables);
        runDueJobs();
    }

    /** The invoice case waits in the stage's call; the assert is on the call (InvoiceCallProcess) it runs. */
    protected ProcessInstanceAssert callAt(ProcessInstance invoiceCase, CollectionProcess.CallStage stage) {
        BpmnAwareTests.assertThat(invoiceCase).isWaitingAt(stage.callActivity());
        return BpmnAwareTests.assertThat(invoiceCase).calledProcessInstance(InvoiceCallProcess.KEY);
    }

    /** The activities the stage's calls of the invoice case passed (each call, in InvoiceCallProcess). */
    protected List<String> passedInCall(ProcessInstance invoiceCase, CollectionProcess.CallStage stage) {
        List<String> calls = history.createHistoricActivityInstanceQuery().processInstanceId(invoiceCase.getId())
                .activityId(stage.callActivity()).list().stream()
                .map(HistoricActivityInstance::getCalledProcessInstanceId).toList();
        assertThat(calls).as("calls of the stage " + stage).isNotEmpty();
        return calls.stream().flatMap(call -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(call).finished().list().stream())
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    /** The contact case of the invoice's customer, if one runs. */
    protected ProcessInstance contactCaseOf(String number) {
        String customer = caseInvoices.findByNumber(number).orElseThrow().getCustomer().getNumber();
        return runtime.createProcessInstanceQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).singleResult();
    }

    protected void complete(String number, String taskDefinitionKey, Map<String, Object> variables) {
        tasks.complete(task(number, taskDefinitionKey).getId(), variables);
    }

    protected List<OutboxMessage> messages(String number) throws Exception {
        long invoiceId = invoiceId(number);
        return outbox.findCovering(invoiceId);
    }

    protected long invoiceId(String number) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(
                history.createHistoricProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
                        .processInstanceBusinessKey(number).singleResult().getId())
                .variableName("invoiceId").singleResult().getValue() instanceof Long id ? id : -1;
    }

    protected List<String> letterTypes(String number) throws Exception {
        return messages(number).stream().map(m -> m.getLetterType() + "/" + m.getChannel()).toList();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
