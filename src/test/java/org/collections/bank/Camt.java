package org.collections.bank;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes camt.053.001.02 statements and camt.054.001.08 notifications as banks send them, for the tests. */
public final class Camt {

    public static final String OUR_IBAN = "NL91ABNA0417164300";

    private final List<String> entries = new ArrayList<>();
    private final String messageId;
    private String iban = OUR_IBAN;

    private Camt(String messageId) {
        this.messageId = messageId;
    }

    public static Camt statement(String messageId) {
        return new Camt(messageId);
    }

    Camt account(String iban) {
        this.iban = iban;
        return this;
    }

    /** A credit transfer in: amount, payer, structured reference (or null), free text (or null). */
    public Camt credit(String bankRef, String amount, String payer, String reference, String text) {
        return entry(bankRef, amount, "EUR", "CRDT", payer, reference, text);
    }

    Camt entry(String bankRef, String amount, String currency, String direction, String payer, String reference,
            String text) {
        String remittance = (text == null ? "" : "<Ustrd>" + text + "</Ustrd>")
                + (reference == null ? "" : "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO"
                        + "</Issr></Tp><Ref>" + reference + "</Ref></CdtrRefInf></Strd>");
        entries.add("""
                <Ntry>
                  <Amt Ccy="%s">%s</Amt>
                  <CdtDbtInd>%s</CdtDbtInd>
                  <Sts>BOOK</Sts>
                  <BookgDt><Dt>%s</Dt></BookgDt>
                  <ValDt><Dt>%s</Dt></ValDt>
                  <AcctSvcrRef>%s</AcctSvcrRef>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls><TxDtls>
                    <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                    <RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>
                    %s
                  </TxDtls></NtryDtls>
                </Ntry>
                """.formatted(currency, amount, direction, day(), day(), bankRef, payer,
                remittance.isEmpty() ? "" : "<RmtInf>" + remittance + "</RmtInf>"));
        return this;
    }

    /** An entry exactly as given, for broken ones. */
    Camt raw(String entry) {
        entries.add(entry);
        return this;
    }

    public byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }

    String xml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT18:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%s-1</Id>
                      <CreDtTm>%sT18:00:00</CreDtTm>
                      <Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      %s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(messageId, day(), messageId, day(), iban, String.join("\n", entries));
    }

    private static String day() {
        return LocalDate.of(2026, 3, 2).toString();
    }
}
