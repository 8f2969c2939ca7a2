package org.collections.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.collections.CaseTestSupport;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account's dossier: its own entries and its invoices', and nothing of another customer. */
class DossierTest extends CaseTestSupport {

    @Autowired
    Dossier dossier;
    @Autowired
    InvoiceRepository invoices;

    @Test
    void theAccountHoldsItsOwnAndItsInvoicesEntriesOldestFirst() throws Exception {
        String customer = newCustomerNumber();
        List<String> numbers = registerInvoicesOf(customer, today().plusDays(10), "en", "100.00", "200.00");
        Invoice first = invoice(numbers.get(0));
        Invoice second = invoice(numbers.get(1));
        Long customerId = first.getCustomer().getId();
        Invoice stranger = invoice(registerInvoicesOf(newCustomerNumber(), today().plusDays(10), "en", "50.00").get(0));
        int before = dossier.ofAccount(customerId).size();

        DossierEntry a = dossier.record(second.getId(), EntryType.BROKEN_PROMISE, "promise A broken", "agent");
        DossierEntry b = dossier.recordForAccount(customerId, EntryType.BROKEN_PROMISE, "promise on the account broken", "agent");
        DossierEntry c = dossier.record(first.getId(), EntryType.BROKEN_PROMISE, "promise B broken", "agent");
        dossier.record(stranger.getId(), EntryType.BROKEN_PROMISE, "another customer's promise", "agent");
        dossier.recordForAccount(stranger.getCustomer().getId(), EntryType.BROKEN_PROMISE, "another customer's account", "agent");

        List<DossierEntry> account = dossier.ofAccount(customerId);
        assertThat(account).hasSize(before + 3);
        assertThat(account.subList(before, account.size())).extracting(DossierEntry::getId)
                .containsExactly(a.getId(), b.getId(), c.getId());
        assertThat(account).isSortedAccordingTo(java.util.Comparator.comparing(DossierEntry::getAt)
                .thenComparing(DossierEntry::getId));
        assertThat(dossier.countInAccount(customerId, EntryType.BROKEN_PROMISE)).isEqualTo(3);
        assertThat(dossier.countInAccount(customerId, EntryType.HOLD)).isZero();
    }

    private Invoice invoice(String number) {
        return invoices.findByNumber(number).orElseThrow();
    }
}
