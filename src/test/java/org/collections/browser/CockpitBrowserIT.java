package org.collections.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.collections.process.CollectionProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Cockpit as the demo's manager uses it: from the dashboard to a case and its place on the dunning ladder. */
class CockpitBrowserIT extends BrowserTestSupport {

    /** The sample case registered 40 days late: on the ladder's day-30 rung, waiting for its call (S-2003). */
    private static final String INVOICE = "S-2003";

    @Test
    void aManagerSeesWhereACaseIsOnTheDunningLadder() {
        ProcessInstance collection = runtime.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
                .processInstanceBusinessKey(INVOICE).singleResult();
        assertThat(runtime.getActiveActivityIds(collection.getId())).as("the engine's view of the case")
                .containsExactly(CollectionProcess.CALL_ACTIVITY_DAY30_CALL);

        logIn("cockpit", "manager", "manager");
        visible(text("*", "Running Process Instances"));
        assertNoErrorNotification();
        screenshot("dashboard");

        click(text("a", "Processes"));
        click(text("a", "Collect overdue invoice"));
        // the definition page: its diagram and the running instances, each with its id and business key
        By instanceLink = By.xpath("//tr[td[normalize-space(.)=" + literal(INVOICE) + "]]//a[normalize-space(.)="
                + literal(collection.getId()) + "]");
        visible(instanceLink);
        visible(diagramElement("SubProcess_DunningLadder"));
        assertNoErrorNotification();
        screenshot("process-definition");

        click(instanceLink);
        wait.until(ExpectedConditions.urlContains("/process-instance/" + collection.getId()));
        // the collapsed sub-process carries the count of its running activity instances
        // read again until it holds: Cockpit redraws its overlays while the diagram loads
        wait.until(ExpectedConditions.textToBe(instanceCount("SubProcess_DunningLadder"), "1"));
        assertNoErrorNotification();
        screenshot("process-instance");

        // the activity instance tree: the case is inside the ladder, in the day-30 call (its own called instance)
        click(text("a", "Filter"));
        visible(treeNode("Collect overdue invoice"));
        visible(treeNode("Dunning ladder"));
        visible(treeNode("Call customer again"));
        assertNoErrorNotification();
        screenshot("activity-instance-tree");

        // into the collapsed sub-process: the ladder's rungs, with the running step marked
        click(By.cssSelector(".djs-overlays[data-container-id='SubProcess_DunningLadder'] .bjs-drilldown"));
        visible(By.xpath("//ul[contains(@class, 'bjs-breadcrumbs')]//a[normalize-space(.)='Dunning ladder']"));
        // read again until it holds: Cockpit redraws its overlays while the diagram loads
        wait.until(ExpectedConditions.textToBe(instanceCount("CallActivity_Day30Call"), "1"));
        visible(diagramElement("Event_PreDueReminderDue"));
        assertNoErrorNotification();
        screenshot("dunning-ladder");

        // the case's details below the diagram, tab by tab: each loads without an error
        for (String tab : List.of("Variables", "Called Process Instances", "User Tasks", "Jobs")) {
            click(By.xpath("//ul[contains(@class, 'nav-tabs')]//a[normalize-space(.)=" + literal(tab) + "]"));
            visible(By.xpath("//ul[contains(@class, 'nav-tabs')]/li[contains(@class, 'active')]"
                    + "/a[normalize-space(.)=" + literal(tab) + "]"));
            assertNoErrorNotification();
        }
        // the called instance: the invoice's call, waiting for the outcome of the customer's call
        click(By.xpath("//ul[contains(@class, 'nav-tabs')]//a[normalize-space(.)='Called Process Instances']"));
        visible(By.xpath("//table//td[normalize-space(.)='Call customer about invoice' or .//a[normalize-space(.)='Call customer about invoice']]"));
        click(By.xpath("//ul[contains(@class, 'nav-tabs')]//a[normalize-space(.)='Jobs']"));
        // the next rung: the timer of day 60, which ends the calls of day 30
        visible(By.xpath("//table//tr[td//a[normalize-space(.)='Day 60']]"));
        screenshot("jobs-next-rung");
    }

    private static By diagramElement(String id) {
        return By.cssSelector(".djs-element[data-element-id='" + id + "']");
    }

    /** Cockpit's badge with the number of running instances of an activity of the diagram. */
    private static By instanceCount(String id) {
        return By.cssSelector(".djs-overlays[data-container-id='" + id + "'] .badge.instance-count");
    }

    private static By treeNode(String name) {
        return By.xpath("//div[contains(@class, 'tree-node-group')][contains(@class, 'state-running')]"
                + "/span[contains(@class, 'tree-node-label')]/a[normalize-space(.)=" + literal(name) + "]");
    }
}
