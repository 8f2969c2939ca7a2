package org.collections.bank;

import com.prowidesoftware.ProwideException;
import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.MxNode;
import com.prowidesoftware.swift.utils.SafeXmlUtils;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.InvalidInputException;
import org.collections.text.Texts;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads ISO 20022 bank-to-customer cash management messages: camt.053 (end-of-day statement) and camt.054 (debit and
 * credit notification), every version the library knows (.001.02 as most banks still send, up to .001.13). Prowide
 * names the message by its namespace; the element names read here are the same in every version (where a version
 * moved one, both places are read). Parsing goes through Prowide's safe XML factories: a document type declaration,
 * and with it every external entity, is refused.
 *
 * <p>Anything wrong answers {@link InvalidInputException} naming where, before anything is booked.
 */
public class CamtReader {

    private static final String STATEMENT = "053";
    private static final String NOTIFICATION = "054";
    /**
     * Message and statement ids and the bank's references of an entry: ISO 20022 allows 35 characters (Max35Text);
     * up to 100 are read, so that a file is not refused over it, and the keys made of them fit their columns
     * (bank_statement.statement_key, bank_entry.entry_key: 300 with the IBAN).
     */
    private static final int MAX_ID = 100;
    /** an IBAN has at most 34 characters (ISO 13616) */
    private static final int MAX_IBAN = 34;
    /**
     * ISO 20022 amounts have at most 18 digits; a longer text is no amount, and BigDecimal takes quadratic time to
     * read a long one (a million digits: seconds), so it is refused unread.
     */
    private static final int MAX_AMOUNT_TEXT = 40;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    /** A broken file gets this many messages, not one per element: 100,000 empty entries would give 30 MB. */
    private static final int MAX_ERRORS = 100;

    public StatementFile read(byte[] file) {
        Parsed parsed = parse(file);
        MxId id = identify(parsed.namespace());
        MxNode root = parsed.root();
        boolean statement = STATEMENT.equals(id.getFunctionality());
        String base = statement ? "/Document/BkToCstmrStmt" : "/Document/BkToCstmrDbtCdtNtfctn";
        String messageId = root.singlePathValue(base + "/GrpHdr/MsgId");
        FieldErrors errors = new FieldErrors();
        errors.check(present(messageId), "GrpHdr.MsgId", "is missing: a statement names its message");
        maxId(messageId, "GrpHdr.MsgId", errors);
        List<StatementFile.Report> reports = new ArrayList<>();
        List<MxNode> found = root.find(base + (statement ? "/Stmt" : "/Ntfctn"));
        errors.check(!found.isEmpty(), "file", "holds no " + (statement ? "statement (Stmt)" : "notification (Ntfctn)"));
        for (int r = 0; r < found.size() && errors.size() < MAX_ERRORS; r++) {
            reports.add(report(found.get(r), (statement ? "Stmt" : "Ntfctn") + "[" + r + "]", errors));
        }
        if (errors.size() >= MAX_ERRORS) {
            errors.reject("file", "has more errors than the " + errors.size() + " named: correct these and import "
                    + "it again");
        }
        rejectRepeatedEntries(reports, errors);
        errors.throwIfAny();
        return new StatementFile(id.id(), messageId, reports);
    }

    /**
     * A payment is kept once per account and bank reference, so a second entry of the file with the reference of an
     * earlier one would be taken for a repeat and never booked: such a file is refused.
     */
    private static void rejectRepeatedEntries(List<StatementFile.Report> reports, FieldErrors errors) {
        Map<String, String> seen = new HashMap<>();
        for (StatementFile.Report report : reports) {
            for (StatementFile.Payment payment : report.payments()) {
                if (payment.key() == null) {
                    continue;
                }
                String first = seen.putIfAbsent(report.iban() + ":" + payment.key(), payment.field());
                if (first != null) {
                    errors.reject(payment.field() + ".AcctSvcrRef", "repeats the bank reference " + payment.key()
                            + " of " + first + ": a file reports each payment once, so the second would be taken "
                            + "for a repeat and not booked");
                }
            }
        }
    }

    /** The file's elements, and the namespace of its {@code Document}, which names the message. */
    private record Parsed(MxNode root, String namespace) {
    }

    /**
     * Reads the file's bytes, so that the parser decodes them as the file says (its XML declaration's encoding, a
     * byte order mark, else UTF-8), and answers the parser's own message, with line and column, for a broken file.
     */
    private static Parsed parse(byte[] file) {
        ElementTree tree = new ElementTree();
        try {
            XMLReader reader = SafeXmlUtils.reader(true, null);
            reader.setContentHandler(tree); // namespace-aware: elements by local name, the Document by namespace
            reader.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            reader.parse(new InputSource(new ByteArrayInputStream(file)));
        } catch (SAXParseException e) {
            throw InvalidInputException.of("file", "is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + e.getMessage());
        } catch (CharConversionException e) {
            throw InvalidInputException.of("file", "is not text in the encoding it declares (UTF-8 unless its XML "
                    + "declaration names another): " + e.getMessage());
        } catch (SAXException | IOException | ProwideException e) {
            throw InvalidInputException.of("file", "could not be read as XML: " + e.getMessage());
        }
        if (tree.root == null) {
            throw InvalidInputException.of("file", "could not be read as XML");
        }
        return new Parsed(tree.root, tree.namespace);
    }

    /**
     * Builds the element tree the reader walks. Not Prowide's {@code MxNode.parse}: that keeps only the last piece of
     * an element's text the parser hands over, so {@code <Nm>Smith &amp; Sons</Nm>} became "Sons", a text naming two
     * invoices around an entity only the second, and a text longer than the parser's buffer its tail. Here the pieces
     * are joined. Only the attribute the reader looks at ({@code Ccy}) is kept, and a file of more elements than any
     * statement of 20 MB has is refused before it takes the memory of millions of nodes.
     */
    private static final class ElementTree extends DefaultHandler {

        /** A statement of 20 MB has about 600,000 elements. */
        private static final int MAX_ELEMENTS = 1_000_000;

        private final StringBuilder text = new StringBuilder();
        private final Deque<Integer> textStarts = new ArrayDeque<>();
        private MxNode root;
        private MxNode current;
        private String namespace;
        private int elements;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (++elements > MAX_ELEMENTS) {
                throw new SAXException("more than " + MAX_ELEMENTS + " elements: no bank statement has that many");
            }
            MxNode node = new MxNode(current, localName);
            String currency = attributes.getValue("Ccy");
            if (currency != null) {
                node.addAttribute("Ccy", currency);
            }
            if (namespace == null && "Document".equals(localName)) {
                namespace = uri;
            }
            if (root == null) {
                root = node;
            }
            current = node;
            textStarts.push(text.length());
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            text.append(chars, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            int start = textStarts.pop();
            if (text.length() > start) {
                current.setValue(text.substring(start));
                text.setLength(start);
            }
            current = current.getParent();
        }
    }

    private static MxId identify(String namespace) {
        MxId id = null;
        try {
            id = namespace == null || namespace.isBlank() ? null : new MxId(namespace);
        } catch (IllegalArgumentException e) {
            // not an ISO 20022 namespace: said below
        }
        if (id == null || id.getBusinessProcess() == null || !"camt".equals(id.getBusinessProcess().name())
                || !(STATEMENT.equals(id.getFunctionality()) || NOTIFICATION.equals(id.getFunctionality()))) {
            throw InvalidInputException.of("file", "must be an ISO 20022 camt.053 statement or camt.054 notification"
                    + (id == null ? " (no ISO 20022 message namespace found)" : ", not " + id.id()));
        }
        return id;
    }

    private static StatementFile.Report report(MxNode report, String field, FieldErrors errors) {
        String id = report.singlePathValue("./Id");
        String iban = report.singlePathValue("./Acct/Id/IBAN");
        String currency = report.singlePathValue("./Acct/Ccy");
        errors.check(present(id), field + ".Id", "is missing");
        maxId(id, field + ".Id", errors);
        errors.check(present(iban), field + ".Acct.Id.IBAN", "is missing: only accounts with an IBAN are read");
        String account = iban(iban);
        errors.check(account == null || account.length() <= MAX_IBAN, field + ".Acct.Id.IBAN",
                "is not an IBAN: it has at most " + MAX_IBAN + " characters");
        List<StatementFile.Payment> payments = new ArrayList<>();
        List<MxNode> entries = report.find("./Ntry");
        for (int e = 0; e < entries.size() && errors.size() < MAX_ERRORS; e++) {
            payments.addAll(entry(entries.get(e), field + ".Ntry[" + e + "]", id, errors));
        }
        return new StatementFile.Report(id, account, currency, payments);
    }

    /**
     * An IBAN as it is compared: without the spaces of its printed form (or the line breaks of a pretty-printed file),
     * in capitals, which is how ISO 13616 writes it electronically.
     */
    private static String iban(String value) {
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static void maxId(String value, String field, FieldErrors errors) {
        errors.check(value == null || value.length() <= MAX_ID, field, "must be at most " + MAX_ID
                + " characters (ISO 20022 allows 35)");
    }

    /** An entry: one payment, or one per transfer where the entry books a batch with each transfer's amount. */
    private static List<StatementFile.Payment> entry(MxNode entry, String field, String reportId, FieldErrors errors) {
        BigDecimal amount = amount(entry.findFirst("./Amt"), field + ".Amt", errors);
        String currency = currency(entry.findFirst("./Amt"), field + ".Amt", errors);
        checkDecimals(amount, currency, field + ".Amt", errors);
        String direction = entry.singlePathValue("./CdtDbtInd");
        errors.check("CRDT".equals(direction) || "DBIT".equals(direction), field + ".CdtDbtInd",
                "must be CRDT or DBIT");
        // .001.02 to .001.03: Sts is a code; from .001.04 on its Cd
        String status = first(entry.singlePathValue("./Sts/Cd"), entry.singlePathValue("./Sts"));
        // a code of four letters; the answer repeats it for every transfer of a batch
        errors.check(status == null || status.length() <= MAX_ID, field + ".Sts",
                "must be an entry status code such as BOOK or PDNG");
        LocalDate booked = date(first(entry.singlePathValue("./BookgDt/Dt"), dateOf(entry.singlePathValue(
                "./BookgDt/DtTm")), entry.singlePathValue("./ValDt/Dt")), field + ".BookgDt", errors);
        String entryKey = first(entry.singlePathValue("./AcctSvcrRef"), entry.singlePathValue("./NtryRef"));
        errors.check(present(entryKey), field + ".AcctSvcrRef",
                "is missing (and no NtryRef): an entry without the bank's reference cannot be told from a repeat");
        maxId(entryKey, field + ".AcctSvcrRef", errors);
        List<MxNode> transfers = entry.find("./NtryDtls/TxDtls");
        List<StatementFile.Payment> payments = new ArrayList<>();
        boolean batch = transfers.size() > 1 && transfers.stream().allMatch(t -> transferAmount(t) != null);
        if (!batch) {
            MxNode details = transfers.isEmpty() ? null : transfers.get(0);
            payments.add(payment(entryKey, field, amount, currency, direction, status, booked, details, entry));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            boolean comparable = amount != null && currency != null;
            for (int t = 0; t < transfers.size(); t++) {
                MxNode transfer = transfers.get(t);
                String tField = field + ".NtryDtls.TxDtls[" + t + "]";
                BigDecimal own = amount(transferAmount(transfer), tField + ".Amt", errors);
                String ownCurrency = currency(transferAmount(transfer), tField + ".Amt", errors);
                checkDecimals(own, ownCurrency, tField + ".Amt", errors);
                payments.add(payment(entryKey + "/" + (t + 1), tField, own, ownCurrency, direction, status, booked,
                        transfer, entry));
                comparable &= own != null && currency != null && currency.equals(ownCurrency);
                sum = own == null ? sum : sum.add(own);
            }
            // each transfer is booked with its own amount: together they must be what the bank credited
            errors.check(!comparable || sum.compareTo(amount) == 0, field + ".NtryDtls",
                    "its transfers add up to " + currency + " " + sum.toPlainString() + ", but the entry books "
                            + currency + " " + (amount == null ? "?" : amount.toPlainString())
                            + ": the file contradicts itself");
        }
        return payments;
    }

    private static StatementFile.Payment payment(String key, String field, BigDecimal amount, String currency,
            String direction, String status, LocalDate booked, MxNode details, MxNode entry) {
        String payerName = null;
        String payerIban = null;
        String reference = null;
        String endToEnd = null;
        List<String> texts = new ArrayList<>();
        if (details != null) {
            // .001.02 to .001.07: RltdPties/Dbtr/Nm; from .001.08 on: RltdPties/Dbtr/Pty/Nm
            payerName = first(details.singlePathValue("./RltdPties/Dbtr/Nm"),
                    details.singlePathValue("./RltdPties/Dbtr/Pty/Nm"),
                    details.singlePathValue("./RltdPties/UltmtDbtr/Nm"),
                    details.singlePathValue("./RltdPties/UltmtDbtr/Pty/Nm"));
            payerIban = iban(details.singlePathValue("./RltdPties/DbtrAcct/Id/IBAN"));
            reference = details.singlePathValue("./RmtInf/Strd/CdtrRefInf/Ref");
            endToEnd = details.singlePathValue("./Refs/EndToEndId");
            details.find("./RmtInf/Ustrd").forEach(node -> texts.add(node.getValue()));
            details.find("./RmtInf/Strd/AddtlRmtInf").forEach(node -> texts.add(node.getValue()));
        }
        String additional = entry.singlePathValue("./AddtlNtryInf");
        if (texts.isEmpty() && present(additional)) {
            texts.add(additional);
        }
        String remittance = texts.stream().filter(CamtReader::present).map(String::strip)
                .reduce((a, b) -> a + " " + b).orElse(null);
        return new StatementFile.Payment(key, field, amount, currency, "CRDT".equals(direction), status, booked,
                payerName, payerIban, reference, remittance,
                "NOTPROVIDED".equals(endToEnd) ? null : endToEnd);
    }

    /** A transfer's own amount: .001.02 to .001.07 in AmtDtls/TxAmt/Amt, from .001.08 on also in Amt. */
    private static MxNode transferAmount(MxNode transfer) {
        MxNode own = transfer.findFirst("./Amt");
        return own != null ? own : transfer.findFirst("./AmtDtls/TxAmt/Amt");
    }

    private static BigDecimal amount(MxNode node, String field, FieldErrors errors) {
        if (node == null || !present(node.getValue())) {
            errors.reject(field, "is missing: every entry needs its amount");
            return null;
        }
        String text = node.getValue().strip();
        // a plain decimal as xs:decimal writes it: no exponent (1E+2), no NaN, and short enough to read at once
        if (text.length() > MAX_AMOUNT_TEXT || !DECIMAL.matcher(text).matches()) {
            errors.reject(field, "is not an amount: " + Texts.fit(text, MAX_AMOUNT_TEXT));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        errors.check(amount.signum() > 0 && amount.scale() <= 5 && amount.precision() - amount.scale() <= 15,
                field, "must be a positive amount (ISO 20022 amounts have no sign; CdtDbtInd gives it)");
        return amount;
    }

    /** No more decimals than the currency has (EUR 2, JPY 0): a payment is never rounded on its way in. */
    private static void checkDecimals(BigDecimal amount, String currency, String field, FieldErrors errors) {
        if (amount != null && currency != null) {
            int allowed = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            errors.check(amount.stripTrailingZeros().scale() <= allowed, field, "has more decimals than "
                    + currency + " has (" + allowed + ")");
        }
    }

    private static String currency(MxNode amount, String field, FieldErrors errors) {
        String code = amount == null ? null : amount.getAttribute("Ccy");
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (RuntimeException e) {
            errors.check(amount == null, field + ".Ccy", FieldErrors.CURRENCY_CODE);
            return null;
        }
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        if (!present(value)) {
            errors.reject(field, "is missing: an entry needs its booking or value date");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            // the dates a payment may have, as the API checks them: a booking of the year 999999999 books nothing
            errors.checkDate(date, field);
            return date;
        } catch (DateTimeParseException e) {
            errors.reject(field, "is not an ISO date: " + Texts.fit(value.strip(), MAX_AMOUNT_TEXT));
            return null;
        }
    }

    private static String dateOf(String dateTime) {
        return dateTime == null || dateTime.length() < 10 ? null : dateTime.substring(0, 10);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value.strip();
            }
        }
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
