package org.collections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.collections.CaseTestSupport;
import org.collections.invoice.InvoiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly booking: fees that fell due while nothing happened in a case reach its dossier and the figures lists read. */
class ClaimBookingsTest extends CaseTestSupport {

    @Autowired
    ClaimBookings bookings;

    @Autowired
    InvoiceRepository invoices;

    /** What lists and totals read: the claim as last booked on the invoice. */
    private BigDecimal booked(String number) {
        return invoices.findByNumber(number).orElseThrow().balance().amount();
    }

    @Test
    void aNightBooksTheFeesThatFellDueOnceForTheListsToRead() throws Exception {
        String number = newNumber();
        LocalDate due = today().minusDays(25);
        register(invoice(number, "1000.00", due));
        assertThat(booked(number)).isEqualByComparingTo("1000.00");
        // 70 days on, and no step of the case has run since: three fees fell due, nothing booked them
        java.util.Date before = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(before.toInstant()
                .plus(java.time.Duration.ofDays(70))));
        try {
            nightOf(number, due);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(before);
        }
    }

    private void nightOf(String number, LocalDate due) throws Exception {
        assertThat(invoiceView(number).get("fees").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(booked(number)).isEqualByComparingTo("1000.00");

        assertThat(bookings.bookAll()).isPositive();
        assertThat(booked(number)).isEqualByComparingTo("1090.00");
        assertThat(dossierText(number)).contains("3rd late fee, due since " + due.plusDays(90));

        // the same night again books nothing twice
        String dossier = dossierText(number);
        bookings.bookAll();
        assertThat(dossierText(number)).isEqualTo(dossier);
        assertThat(booked(number)).isEqualByComparingTo("1090.00");
    }
}
