package org.collections.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.collections.invoice.InvoiceConflictException;
import org.junit.jupiter.api.Test;

class CaseControlTest {

    @Test
    void aCaseBetweenTwoStepsIsAskedForAgainInAMoment() {
        assertThatThrownBy(() -> CaseControl.refuseWhileMoving(CaseControl.Position.BETWEEN_STEPS, "INV-1", "invoice",
                "raise the dispute"))
                .isInstanceOfSatisfying(InvoiceConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("invoice");
                    assertThat(e.fieldMessage())
                            .isEqualTo("the case of invoice INV-1 is moving on to its next step just now: raise the "
                                    + "dispute again in a moment");
                })
                .hasMessageContaining("nothing was changed");
    }

    @Test
    void aCaseAtAFailedStepSaysSoAndWhenToTryAgain() {
        assertThatThrownBy(() -> CaseControl.refuseWhileMoving(CaseControl.Position.STEP_FAILED, "INV-1", "customer",
                "stop the customer"))
                .isInstanceOf(InvoiceConflictException.class)
                .hasMessageContaining("is at a step that failed")
                .hasMessageContaining("once the step has run")
                .hasMessageContaining("stop the customer again");
    }

    @Test
    void aSuspendedCaseWaitsForAManagerToActivateIt() {
        assertThatThrownBy(() -> CaseControl.refuseWhileMoving(CaseControl.Position.SUSPENDED, "INV-1", "invoice",
                "put it on hold"))
                .isInstanceOf(InvoiceConflictException.class)
                .hasMessage("the case of invoice INV-1 is suspended (Cockpit); nothing was changed: once a manager has "
                        + "activated it, put it on hold again");
    }

    @Test
    void aCaseThatWaitsSomewhereIsNotRefusedHere() {
        for (CaseControl.Position waiting : EnumSet.complementOf(EnumSet.of(CaseControl.Position.BETWEEN_STEPS,
                CaseControl.Position.STEP_FAILED, CaseControl.Position.SUSPENDED))) {
            assertThat(CaseControl.moving(waiting)).as(waiting.name()).isFalse();
            assertThatCode(() -> CaseControl.refuseWhileMoving(waiting, "INV-1", "invoice", "raise the dispute"))
                    .as(waiting.name()).doesNotThrowAnyException();
        }
    }
}
