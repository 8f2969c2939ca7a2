package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void theStandardsOwnExampleChecks() {
        // ISO 11649's example reference, printed and electronic
        assertThat(CreditorReference.isValid("RF18539007547034")).isTrue();
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
    }

    @Test
    void anInvoiceAndAnAccountReferenceReadBackAsWhatTheyName() {
        CreditorReference invoice = CreditorReference.invoice(42);
        assertThat(invoice.electronic()).matches("RF[0-9]{2}100000042");
        assertThat(CreditorReference.isValid(invoice.electronic())).isTrue();
        assertThat(CreditorReference.parse(invoice.electronic())).contains(invoice);
        assertThat(CreditorReference.parse(invoice.printed().toLowerCase())).contains(invoice);
        assertThat(invoice.printed()).matches("RF[0-9]{2} 1000 0004 2");

        CreditorReference account = CreditorReference.account(7);
        assertThat(CreditorReference.parse(account.electronic())).contains(account);
        assertThat(account.electronic()).isNotEqualTo(CreditorReference.invoice(7).electronic());
    }

    @Test
    void aMistypedOrForeignReferenceIsNotOurs() {
        String good = CreditorReference.invoice(42).electronic();
        String swapped = good.substring(0, good.length() - 2) + "24"; // ...42 typed as ...24
        assertThat(CreditorReference.parse(swapped)).isEmpty();
        assertThat(CreditorReference.parse("RF18539007547034")).as("valid, but not one we made").isEmpty();
        assertThat(CreditorReference.parse("INV-42")).isEmpty();
        assertThat(CreditorReference.parse(null)).isEmpty();
        assertThat(CreditorReference.parse("RF00")).isEmpty();

        assertThat(CreditorReference.isWellFormed("RF18 5390 0754 7034")).as("another business's").isTrue();
        assertThat(CreditorReference.isWellFormed(good)).isTrue();
        assertThat(CreditorReference.isWellFormed(swapped)).isFalse();
        assertThat(CreditorReference.isWellFormed("INV-42")).isFalse();
        assertThat(CreditorReference.isWellFormed(null)).isFalse();
    }
}
