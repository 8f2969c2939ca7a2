package org.collections.process;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collections.customer.CustomerType;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceService;
import org.collections.invoice.PaymentService;
import org.collections.invoice.RecordPaymentRequest;
import org.collections.invoice.RegisterInvoiceRequest;
import org.collections.policy.CollectionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sample cases for the demo: invoices of different ages, moved along so that every kind of task is waiting in
 * Tasklist at once. Runs once, on an empty database, when {@code collections.demo.sample-invoices} is true.
 * Where a case has to be further along than its dates allow, its timers are fired early, as an operator can
 * in Cockpit.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "collections.demo.sample-invoices", havingValue = "true")
public class SampleCases {

    private static final Logger log = LoggerFactory.getLogger(SampleCases.class);
    private static final String ACTOR = "demo";

    private final InvoiceService invoiceService;
    private final PaymentService payments;
    private final InvoiceRepository invoices;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ZoneId zone;

    public SampleCases(InvoiceService invoiceService, PaymentService payments, InvoiceRepository invoices,
            TaskService tasks, ManagementService management, RuntimeService runtime, Clock clock,
            CollectionPolicy policy) {
        this.runtime = runtime;
        this.invoiceService = invoiceService;
        this.payments = payments;
        this.invoices = invoices;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
        this.zone = policy.timeZone();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void seed() {
        if (invoices.count() > 0) {
            return;
        }
        log.info("Creating sample cases for the demo");
        register("S-2001", "1250.00", 10, "Bakkerij de Vries", CustomerType.BUSINESS, "nl", false);
        register("S-2002", "480.00", -5, "Jan Jansen", CustomerType.CONSUMER, "nl", false);
        register("S-2003", "3900.00", -40, "Northwind Ltd", CustomerType.BUSINESS, "en", true);

        register("S-2004", "760.00", -12, "Emma Smith", CustomerType.CONSUMER, "en", false);
        complete("S-2004", CustomerContactProcess.TASK_CALL_CUSTOMER, Map.of("callOutcome", "DISPUTED",
                "callNotes", "Says two of the eight hours billed were not worked"));

        register("S-2005", "2400.00", -9, "Studio Blauw", CustomerType.BUSINESS, "nl", false);
        complete("S-2005", CustomerContactProcess.TASK_CALL_CUSTOMER, Map.of("callOutcome", "PAYMENT_PLAN",
                "callNotes", "Large client paid late; asks to pay in three parts"));

        register("S-2006", "5200.00", -70, "Contoso B.V.", CustomerType.BUSINESS, "nl", false);
        passFinalDemandDeadline("S-2006");

        register("S-2007", "1800.00", -75, "Peter Parker", CustomerType.CONSUMER, "en", false);
        passFinalDemandDeadline("S-2007");
        complete("S-2007", "Task_DecideRoute", Map.of("route", "LEGAL_ROUTE"));

        register("S-2008", "900.00", -20, "Fabrikam Inc.", CustomerType.BUSINESS, "en", false);
        complete("S-2008", CustomerContactProcess.TASK_CALL_CUSTOMER, Map.of("callOutcome", "PAYMENT_PLAN"));
        complete("S-2008", PaymentPlanProcess.TASK_NEGOTIATE_PAYMENT_PLAN, Map.of("instalmentCount", 3, "instalmentAmount", 300,
                "firstInstalmentDate", today().toString(), "instalmentInterval", "P1M"));
        fireTimer("S-2008", "Event_InstalmentDeadlinePassed");

        register("S-2009", "15000.00", -80, "Tailspin Toys", CustomerType.CONSUMER, "en", false);
        passFinalDemandDeadline("S-2009");
        complete("S-2009", "Task_DecideRoute", Map.of("route", "LEGAL_ROUTE"));
        complete("S-2009", "Task_ApproveLegalAction", Map.of("legalAction", "SMALL_CLAIMS", "approved", true));

        // one customer, three overdue invoices registered together: one reminder letter and one call task for all
        registerOnly("S-2010", "640.00", -9, "Hoveniersbedrijf Groen", CustomerType.BUSINESS, "nl", false);
        registerOnly("S-2011", "1120.00", -9, "Hoveniersbedrijf Groen", CustomerType.BUSINESS, "nl", false);
        // five days: day 1 has come even when a weekend and a holiday moved it to the customer's next working day
        registerOnly("S-2012", "385.00", -5, "Hoveniersbedrijf Groen", CustomerType.BUSINESS, "nl", false);
        List.of("S-2010", "S-2011", "S-2012").forEach(this::drain);

        // paid more than it owed: the invoice is paid, the rest is credit, and a manager decides on a refund
        register("S-2013", "350.00", -3, "Van Dijk Installatietechniek", CustomerType.BUSINESS, "nl", false);
        payments.record("S-2013", new RecordPaymentRequest(new BigDecimal("400.00"), "EUR", today(), "SAMPLE-2013"),
                Map.of(), ACTOR);
        drain("S-2013");
        log.info("Sample cases created: every kind of task is waiting in Tasklist");
    }

    private void register(String number, String amount, int dueInDays, String name, CustomerType type, String locale,
            boolean ongoingWork) {
        registerOnly(number, amount, dueInDays, name, type, locale, ongoingWork);
        drain(number);
    }

    /** Registers without running the case's steps yet, so that several invoices can be registered together. */
    private void registerOnly(String number, String amount, int dueInDays, String name, CustomerType type,
            String locale, boolean ongoingWork) {
        LocalDate due = today().plusDays(dueInDays);
        String slug = name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
        // one customer, one phone and address, however many of its invoices are samples
        int house = Math.floorMod(slug.hashCode(), 900) + 100;
        invoiceService.register(new RegisterInvoiceRequest(number, new BigDecimal(amount), "EUR", due.minusDays(30),
                due, ongoingWork, null, new RegisterInvoiceRequest.CustomerData("K-" + slug, name,
                        "accounts@" + slug + ".example", "+31 20 555 1" + house, "Herengracht " + house
                        + ", 1015 BZ Amsterdam", type, locale, zone.getId(), "NL", null)), ACTOR);
    }

    private void complete(String number, String taskKey, Map<String, Object> variables) {
        drain(number);
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(casesOf(number))
                .taskDefinitionKey(taskKey).list();
        if (open.size() != 1) {
            throw new IllegalStateException("sample case " + number + " has no single task " + taskKey
                    + "; it waits at " + waitingAt(number));
        }
        tasks.complete(open.get(0).getId(), variables);
        drain(number);
    }

    private void fireTimer(String number, String activityId) {
        drain(number);
        jobsOf(number, management.createJobQuery().activityId(activityId).timers())
                .forEach(job -> management.executeJob(job.getId()));
        drain(number);
    }

    /**
     * The final demand's deadline passes: an invoice that entered the ladder at day 60 waits for it during its first
     * call, the others after the demand.
     */
    private void passFinalDemandDeadline(String number) {
        fireTimer(number, CollectionProcess.EVENT_DEMAND_DEADLINE_DURING_CALL);
        fireTimer(number, CollectionProcess.EVENT_FINAL_DEMAND_DEADLINE_PASSED);
    }

    /**
     * Runs the case's due jobs now, so the sample is in its state before the next step is taken. A call held back
     * (to the customer's contact hours, or by the limits after an earlier sample's call) is put before the agent at
     * once, as an operator can in Cockpit: the demo shows its tasks whatever the day and hour it starts at.
     */
    private void drain(String number) {
        runDueJobs(number);
        for (String key : casesOf(number)) {
            putHeldCallsBeforeTheAgent(key);
        }
        runDueJobs(number);
    }

    /** Puts a call held back (to the customer's contact hours, or by the limits) of this case before the agent now. */
    public void putHeldCallsBeforeTheAgent(String businessKey) {
        for (ProcessInstance contact : runtime.createProcessInstanceQuery()
                .processDefinitionKey(CustomerContactProcess.KEY).processInstanceBusinessKey(businessKey).list()) {
            for (ActivityInstance held : runtime.getActivityInstance(contact.getId())
                    .getActivityInstances(CustomerContactProcess.EVENT_CALL_ALLOWED)) {
                runtime.createProcessInstanceModification(contact.getId())
                        .startBeforeActivity(CustomerContactProcess.TASK_CALL_CUSTOMER,
                                held.getParentActivityInstanceId())
                        .cancelActivityInstance(held.getId())
                        .execute();
            }
        }
    }

    private void runDueJobs(String number) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = jobsOf(number, management.createJobQuery().executable());
            if (due.isEmpty()) {
                return;
            }
            due.forEach(this::run);
        }
    }

    private void run(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException e) {
            // the job executor may have taken it at the same moment; the next round sees the result
            log.debug("Sample job {} not run here: {}", job.getId(), e.getMessage());
        }
    }

    /** Where the case and the processes it called wait, with the due dates of their jobs: what a failed seed shows. */
    private String waitingAt(String number) {
        List<String> at = new ArrayList<>();
        for (String key : casesOf(number)) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().forEach(instance ->
                    at.add(instance.getProcessDefinitionId().split(":")[0] + " " + runtime.getActiveActivityIds(
                            instance.getId())));
        }
        jobsOf(number, management.createJobQuery()).forEach(job -> at.add("job due " + job.getDuedate()));
        return String.join(", ", at);
    }

    /** The jobs of a case and of the processes it called (they share its business key). */
    private List<Job> jobsOf(String number, JobQuery query) {
        List<String> instances = new ArrayList<>();
        for (String key : casesOf(number)) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                    .forEach(instance -> instances.add(instance.getId()));
        }
        return query.list().stream().filter(job -> instances.contains(job.getProcessInstanceId())).toList();
    }

    /** The invoice's case, its customer's contact case (business key: the customer number) and plan cases. */
    private String[] casesOf(String number) {
        String customer = invoiceService.get(number).getCustomer().getNumber();
        List<String> keys = new ArrayList<>(List.of(number, customer));
        runtime.createProcessInstanceQuery().processDefinitionKey(PaymentPlanProcess.KEY)
                .variableValueEquals(CaseVariables.CUSTOMER_NUMBER.name(), customer).list()
                .forEach(plan -> keys.add(plan.getBusinessKey()));
        return keys.toArray(String[]::new);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
