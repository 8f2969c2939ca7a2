package org.collections.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.collections.invoice.InvalidInputException;
import org.junit.jupiter.api.Test;

class CamtReaderTest {

    private final CamtReader reader = new CamtReader();

    @Test
    void readsAStatementOfVersion02WithItsPayersReferencesAndTexts() {
        StatementFile file = reader.read(Camt.statement("M-1")
                .credit("B-1", "100.00", "Jan Jansen", "RF18539007547034", null)
                .credit("B-2", "20.50", "Piet", null, "Factuur 2026-001")
                .entry("B-3", "9.99", "EUR", "DBIT", "Shop", null, null).bytes());
        assertThat(file.messageType()).isEqualTo("camt.053.001.02");
        assertThat(file.messageId()).isEqualTo("M-1");
        StatementFile.Report report = file.reports().get(0);
        assertThat(report.iban()).isEqualTo(Camt.OUR_IBAN);
        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.payments()).hasSize(3);
        StatementFile.Payment first = report.payments().get(0);
        assertThat(first.key()).isEqualTo("B-1");
        assertThat(first.amount()).isEqualByComparingTo("100.00");
        assertThat(first.credit()).isTrue();
        assertThat(first.booked()).isTrue();
        assertThat(first.payerName()).isEqualTo("Jan Jansen");
        assertThat(first.payerIban()).isEqualTo("DE89370400440532013000");
        assertThat(first.reference()).isEqualTo("RF18539007547034");
        assertThat(first.endToEndId()).as("NOTPROVIDED is no reference").isNull();
        assertThat(report.payments().get(1).remittance()).isEqualTo("Factuur 2026-001");
        assertThat(report.payments().get(2).credit()).isFalse();
    }

    /** camt.054.001.08 as German banks send it since 2023: Sts/Cd, Dbtr/Pty/Nm, and a batch of two transfers. */
    @Test
    void readsANotificationOfVersion08AndSplitsABatchIntoItsTransfers() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>N-1</MsgId><CreDtTm>2026-03-02T10:00:00+01:00</CreDtTm></GrpHdr>
                    <Ntfctn>
                      <Id>N-1-1</Id>
                      <Acct><Id><IBAN>NL91 ABNA 0417 1643 00</IBAN></Id></Acct>
                      <Ntry>
                        <Amt Ccy="EUR">30.00</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>2026-03-02</Dt></BookgDt>
                        <AcctSvcrRef>BATCH-9</AcctSvcrRef>
                        <NtryDtls>
                          <TxDtls><Amt Ccy="EUR">10.00</Amt><RltdPties><Dbtr><Pty><Nm>Müller GmbH</Nm></Pty></Dbtr></RltdPties>
                            <RmtInf><Ustrd>Rechnung R-1</Ustrd></RmtInf></TxDtls>
                          <TxDtls><Amt Ccy="EUR">20.00</Amt><RltdPties><Dbtr><Pty><Nm>Schmidt</Nm></Pty></Dbtr></RltdPties>
                            <RmtInf><Ustrd>Rechnung R-2</Ustrd></RmtInf></TxDtls>
                        </NtryDtls>
                      </Ntry>
                      <Ntry>
                        <Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                        <BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>P-1</AcctSvcrRef>
                      </Ntry>
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """;
        StatementFile file = reader.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(file.messageType()).isEqualTo("camt.054.001.08");
        StatementFile.Report report = file.reports().get(0);
        assertThat(report.iban()).isEqualTo("NL91ABNA0417164300");
        assertThat(report.payments()).extracting(StatementFile.Payment::key)
                .containsExactly("BATCH-9/1", "BATCH-9/2", "P-1");
        assertThat(report.payments()).extracting(StatementFile.Payment::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("5.00"));
        assertThat(report.payments().get(0).payerName()).isEqualTo("Müller GmbH");
        assertThat(report.payments().get(1).remittance()).isEqualTo("Rechnung R-2");
        assertThat(report.payments().get(2).booked()).as("pending at the bank").isFalse();
    }

    /** A batch's transfers are booked each with its own amount: a file where they make more than the entry is refused. */
    @Test
    void aBatchWhoseTransfersDoNotMakeTheEntrysAmountIsRefused() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>N-2</MsgId><CreDtTm>2026-03-02T10:00:00+01:00</CreDtTm></GrpHdr>
                    <Ntfctn>
                      <Id>N-2-1</Id>
                      <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>
                      <Ntry>
                        <Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>BATCH-10</AcctSvcrRef>
                        <NtryDtls>
                          <TxDtls><Amt Ccy="EUR">400.00</Amt><RmtInf><Ustrd>Rechnung R-1</Ustrd></RmtInf></TxDtls>
                          <TxDtls><Amt Ccy="EUR">500.00</Amt><RmtInf><Ustrd>Rechnung R-2</Ustrd></RmtInf></TxDtls>
                        </NtryDtls>
                      </Ntry>
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """;
        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .hasSize(1).hasEntrySatisfying("Ntfctn[0].Ntry[0].NtryDtls", message -> assertThat(message)
                                .contains("add up to EUR 900.00", "the entry books EUR 10.00")));
        assertThat(reader.read(xml.replace("10.00</Amt><CdtDbtInd>", "900.00</Amt><CdtDbtInd>")
                .getBytes(StandardCharsets.UTF_8)).reports().get(0).payments()).hasSize(2);
    }

    /** Prowide's own tree kept only the text after the last entity: "Smith &amp; Sons" was read as "Sons". */
    @Test
    void readsTextsWholeAcrossEntitiesCharacterReferencesAndLongValues() {
        String longText = "Factuur 2026-001 ".repeat(1_000).strip();
        StatementFile file = reader.read(Camt.statement("M-6")
                .credit("B-1", "10.00", "Smith &amp; Sons", null, "Factuur 2026-001 &amp; 2026-002")
                .credit("B-2", "10.00", "M&#252;ller &lt;GmbH&gt;", null, "<![CDATA[Rechnung]]> R-1")
                .credit("B-3", "10.00", "Jansen", null, longText).bytes());
        StatementFile.Report report = file.reports().get(0);
        assertThat(report.payments().get(0).payerName()).isEqualTo("Smith & Sons");
        assertThat(report.payments().get(0).remittance()).isEqualTo("Factuur 2026-001 & 2026-002");
        assertThat(report.payments().get(1).payerName()).isEqualTo("Müller <GmbH>");
        assertThat(report.payments().get(1).remittance()).isEqualTo("Rechnung R-1");
        assertThat(report.payments().get(2).remittance()).isEqualTo(longText);
    }

    @Test
    void readsAFileInTheEncodingItDeclaresAndRefusesBytesThatAreNotInIt() {
        String xml = Camt.statement("M-7").credit("B-1", "10.00", "Café Müller", null, "ß").xml();
        for (java.nio.charset.Charset charset : java.util.List.of(StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1)) {
            byte[] declared = xml.replace("encoding=\"UTF-8\"", "encoding=\"" + charset.name() + "\"").getBytes(charset);
            StatementFile.Payment payment = reader.read(declared).reports().get(0).payments().get(0);
            assertThat(payment.payerName()).as(charset.name()).isEqualTo("Café Müller");
            assertThat(payment.remittance()).as(charset.name()).isEqualTo("ß");
        }
        byte[] withBom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(withBom).reports().get(0).payments().get(0).payerName()).isEqualTo("Café Müller");
        // Latin-1 bytes in a file that says it is UTF-8: refused, not read as replacement characters
        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors().get("file")).contains("UTF-8"));
    }

    @Test
    void refusesWhatIsNotAStatementNamingTheField() {
        assertThatThrownBy(() -> reader.read("hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("file"));
        assertThatThrownBy(() -> reader.read(Camt.statement("M-2")
                .entry("B-1", "abc", "EUR", "CRDT", "X", null, null).bytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("Stmt[0].Ntry[0].Amt"));
        assertThatThrownBy(() -> reader.read(Camt.statement("M-3")
                .entry("B-1", "1.00", "XYZ", "CRDT", "X", null, null).bytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("Stmt[0].Ntry[0].Amt.Ccy"));
        assertThatThrownBy(() -> reader.read(Camt.statement("M-5")
                .entry("B-1", "1.005", "EUR", "CRDT", "X", null, null).bytes()))
                .as("never rounded").isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors().get("Stmt[0].Ntry[0].Amt")).contains("decimals"));
        assertThatThrownBy(() -> reader.read(Camt.statement("M-4")
                .entry("B-1", "1.00", "EUR", "SIDEWAYS", "X", null, null).bytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("Stmt[0].Ntry[0].CdtDbtInd"));
    }
}
