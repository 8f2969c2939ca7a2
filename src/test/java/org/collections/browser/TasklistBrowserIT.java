package org.collections.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.collections.bank.BankEntry;
import org.collections.bank.BankEntryRepository;
import org.collections.bank.BankStatementService;
import org.collections.bank.Camt;
import org.collections.bank.EntryStatus;
import org.collections.bank.ImportSummary;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.customer.CustomerType;
import org.collections.invoice.InvoiceService;
import org.collections.invoice.RegisterInvoiceRequest;
import org.collections.process.CollectionProcess;
import org.collections.process.CustomerContactProcess;
import org.collections.process.LegalRouteProcess;
import org.collections.process.SampleCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as the demo's agent and manager use it: a filter, a task of the list, claim, the Camunda Form, complete;
 * then the task is gone and the case has moved on.
 */
class TasklistBrowserIT extends BrowserTestSupport {

    /** The sample case of a consumer called on day 1, alone on its call (DemoSetup's sample S-2002). */
    private static final String CALLED_INVOICE = "S-2002";
    private static final String CALLED_CUSTOMER = "Jan Jansen";
    /** The sample case that waits for a manager's approval of a legal action (S-2007). */
    private static final String LEGAL_INVOICE = "S-2007";
    private static final String LEGAL_CUSTOMER = "Peter Parker";

    @Autowired
    TaskService tasks;
    @Autowired
    BankStatementService statements;
    @Autowired
    BankEntryRepository entries;
    @Autowired
    InvoiceService invoiceService;
    @Autowired
    SampleCases samples;

    @Test
    void anAgentRecordsAPromiseToPayOnACallTask() {
        logIn("tasklist", "agent", "agent");
        click(filter("Calls to make"));
        visible(taskInList("Call customer", CALLED_CUSTOMER));
        screenshot("calls-to-make");

        click(taskInList("Call customer", CALLED_CUSTOMER));
        visible(text("*", "Call " + CALLED_CUSTOMER + " (consumer)"));
        screenshot("call-task-briefing");

        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        click(formOption("Promised to pay"));
        // within the policy's 30 days ahead, and a working day or not: the form's date picker takes it typed
        LocalDate promised = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7);
        click(fieldAfterLabel("Promised payment date", "input"))
                .sendKeys(promised.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        click(fieldAfterLabel("Notes: why unpaid, what was agreed", "textarea"))
                .sendKeys("Salary comes in next week; pays the whole invoice then");
        screenshot("form-filled");

        click(text("button", "Complete"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList("Call customer", CALLED_CUSTOMER)));
        assertNoErrorNotification();
        screenshot("call-task-gone");

        String customer = customerOf(CALLED_INVOICE);
        runJobsOf(CALLED_INVOICE, customer);
        assertThat(tasks.createTaskQuery().processDefinitionKey(CustomerContactProcess.KEY)
                .processInstanceBusinessKey(customer).count()).as("open call tasks of " + customer).isZero();
        ProcessInstance collection = runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
                .processInstanceBusinessKey(CALLED_INVOICE).singleResult();
        assertThat(runtime.getActiveActivityIds(collection.getId()))
                .as("the invoice's case waits for the promised date").containsExactly(CollectionProcess.GATEWAY_ON_HOLD);

        // the filter, loaded afresh, no longer lists the customer
        browser.navigate().refresh();
        click(filter("Calls to make"));
        visible(taskInList("Call customer", "Northwind Ltd"));
        assertThat(browser.findElements(taskInList("Call customer", CALLED_CUSTOMER))).isEmpty();
        assertNoErrorNotification();
        screenshot("calls-to-make-afterwards");
    }

    @Test
    void aManagerApprovesALegalAction() {
        logIn("tasklist", "manager", "manager");
        click(filter("Approvals and decisions"));
        visible(taskInList("Approve legal action", LEGAL_CUSTOMER));
        screenshot("approvals-and-decisions");

        click(taskInList("Approve legal action", LEGAL_CUSTOMER));
        visible(text("*", "Recommendation"));
        screenshot("approval-task-briefing");

        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        // the options as the manager weighs them, drawn as a table, and the recommended action chosen already
        visible(By.xpath("//table[.//th[normalize-space(.)='Expected net']]"));
        assertThat(browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Legal action')]"
                + "/following-sibling::div[contains(@class, 'fjs-input-group')]")).getText()).isNotBlank();
        screenshot("approval-options-table");
        // form-js draws its own drop-down: open it, then pick the entry
        click(By.xpath("//label[starts-with(normalize-space(.), 'Legal action')]"
                + "/following-sibling::div[contains(@class, 'fjs-input-group')]"));
        click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.)="
                + literal("Small-claims court") + "]"));
        click(formOption("Approve this action now (leave unticked to reassess later)"));
        click(fieldAfterLabel("Notes", "textarea")).sendKeys("Small-claims court: no lawyer needed");
        screenshot("form-filled");

        click(text("button", "Complete"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList("Approve legal action",
                LEGAL_CUSTOMER)));
        assertNoErrorNotification();
        screenshot("approval-task-gone");

        // the claim is filed (an asynchronous step), then the outcome waits to be recorded
        runJobsOf(LEGAL_INVOICE, customerOf(LEGAL_INVOICE));
        ProcessInstance legal = runtime.createProcessInstanceQuery().processDefinitionKey(LegalRouteProcess.KEY)
                .processInstanceBusinessKey(LEGAL_INVOICE).singleResult();
        assertThat(runtime.getActiveActivityIds(legal.getId()))
                .containsExactly(LegalRouteProcess.TASK_RECORD_LEGAL_OUTCOME);
        assertThat((String) runtime.getVariable(legal.getId(), "legalAction")).isEqualTo("SMALL_CLAIMS");

        browser.navigate().refresh();
        click(filter("Approvals and decisions"));
        visible(taskInList("Record legal outcome", LEGAL_CUSTOMER));
        assertThat(browser.findElements(taskInList("Approve legal action", LEGAL_CUSTOMER))).isEmpty();
        assertNoErrorNotification();
        screenshot("record-outcome-waits");
    }

    @Test
    void anAgentBooksABankPaymentNothingCouldMatchOnTheInvoiceChosenFromTheCandidates() throws Exception {
        // the gardener paid an amount none of its three invoices owes: the agent decides which one it is for
        String message = "BROWSER-" + System.nanoTime();
        ImportSummary summary = statements.importFile(Camt.statement(message)
                .credit(message + "-1", "99.00", "HOVENIERSBEDRIJF GROEN", null, "termijn").bytes(), "demo");
        assertThat(summary.toMatch()).as(summary.toString()).isEqualTo(1);

        logIn("tasklist", "agent", "agent");
        click(filter("Payments to match"));
        visible(taskInList("Match payment", "HOVENIERSBEDRIJF GROEN"));
        click(taskInList("Match payment", "HOVENIERSBEDRIJF GROEN"));
        visible(text("*", "A payment from the bank to book"));
        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        // the candidates come from the case (a JSON variable): the customer's open invoices, then the two ways out
        By candidate = By.xpath("//label[contains(@class, 'fjs-form-field-label')][starts-with(normalize-space(.), "
                + literal("Invoice S-2011 ·") + ")]");
        visible(candidate);
        visible(formOption("Not ours: not a customer's payment for an invoice"));
        screenshot("match-payment-candidates");
        click(candidate);
        click(fieldAfterLabel("Notes: how you know", "textarea")).sendKeys("Phoned: a part of S-2011");
        click(text("button", "Complete"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList("Match payment",
                "HOVENIERSBEDRIJF GROEN")));
        assertNoErrorNotification();
        screenshot("match-payment-done");

        BankEntry entry = entries.findByEntryKey(Camt.OUR_IBAN + ":" + message + "-1").orElseThrow();
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.BOOKED);
        assertThat(entry.getInvoiceNumber()).isEqualTo("S-2011");
        assertThat(entry.getDecidedBy()).isEqualTo("agent");
    }

    /**
     * A customer's name and address, a contact's name and an invoice's number, as a registering system or the customer
     * wrote them, and the notes of a call, are Markdown in the forms' texts: they must show as typed, never as a link
     * or an image loaded from elsewhere.
     */
    @Test
    void markupInACustomersDataAndACallsNotesShowsAsTypedOnTheCallAndDisputeForms() {
        // an invoice number may have dots: GitHub's autolinks would make this one a link
        String number = "www.evil.example-" + System.nanoTime() % 1_000_000;
        String name = "Evil [Pay here](https://evil.example/pay) ![seen](https://evil.example/seen.png)";
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(5);
        invoiceService.register(new RegisterInvoiceRequest(number, new BigDecimal("99.00"), "EUR", due.minusDays(30),
                due, false, null, new RegisterInvoiceRequest.CustomerData("K-" + number, name, "accounts@customer.example",
                        "+31 20 555 0199", "**Amount owed:** EUR 0.00\n[Pay](https://evil.example/address)",
                        CustomerType.BUSINESS, "en", "Europe/Amsterdam", "NL",
                        List.of(new RegisterInvoiceRequest.Contact("office", "![office](https://evil.example/o.png)",
                                "+31 20 555 0198", null)))), "browser-test");
        String customer = customerOf(number);
        runJobsOf(number, customer);
        // whatever the hour the test runs at, as the demo's samples do
        samples.putHeldCallsBeforeTheAgent(customer);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(customer)
                .taskDefinitionKey(CustomerContactProcess.TASK_CALL_CUSTOMER).count()).as("call tasks").isOne();

        logIn("tasklist", "agent", "agent");
        click(filter("Calls to make"));
        click(taskInList("Call customer", name));
        visible(inFormText("h4", "Call " + name));
        visible(inFormText("*", "![office](https://evil.example/o.png)"));
        screenshot("call-form-shows-markup-as-typed");
        assertThat(browser.findElements(By.cssSelector("a[href*='evil.example'], img[src*='evil.example']")))
                .as("links and images the customer's data would have made").isEmpty();
        assertNoErrorNotification();

        // the case's own tasks show the address: the dispute the agent records opens Resolve dispute
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(customer)
                .taskDefinitionKey(CustomerContactProcess.TASK_CALL_CUSTOMER).singleResult().getId(),
                Map.of("callOutcome", "DISPUTED", "callNotes", "Says [it was paid](https://evil.example/receipt)"));
        runJobsOf(number, customer);
        // Tasklist's own address, not a reload: the page's address names the call task, which is gone now
        browser.get(appUrl("tasklist"));
        click(filter("Negotiations and disputes"));
        click(taskInList("Resolve dispute", name));
        visible(inFormText("*", "**Amount owed:** EUR 0.00 [Pay](https://evil.example/address)"));
        visible(inFormText("*", "Says [it was paid](https://evil.example/receipt)"));
        screenshot("dispute-form-shows-markup-as-typed");
        assertThat(browser.findElements(By.cssSelector("a[href*='evil.example'], img[src*='evil.example']")))
                .as("links and images the customer's data or the call's notes would have made").isEmpty();
        assertNoErrorNotification();
    }

    /** A filter of Tasklist's left column, by name. */
    private static By filter(String name) {
        return By.xpath("//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), " + literal(name)
                + ")]");
    }

    /** A task of the list: its name and the customer column the project's filters show. */
    private static By taskInList(String taskName, String customer) {
        return By.xpath("//ol[contains(@class, 'tasks-list')]/li[.//*[normalize-space(.)=" + literal(taskName)
                + "]][.//*[normalize-space(.)=" + literal(customer) + "]]");
    }

    /** An element of a Camunda Form's text (its Markdown, rendered) that contains the text as it reads. */
    private static By inFormText(String tag, String text) {
        return By.xpath("//*[contains(@class, 'fjs-form-field-text')]//" + tag + "[contains(normalize-space(.), "
                + literal(text) + ")]");
    }

    /** A radio option or checkbox of the Camunda Form, by its label. */
    private static By formOption(String label) {
        return By.xpath("//label[contains(@class, 'fjs-form-field-label')][normalize-space(.)=" + literal(label)
                + "]");
    }

    /** The input or textarea that follows a Camunda Form label. */
    private static By fieldAfterLabel(String label, String tag) {
        return By.xpath("//label[contains(@class, 'fjs-form-field-label')][normalize-space(.)=" + literal(label)
                + "]/following::" + tag + "[1]");
    }
}
