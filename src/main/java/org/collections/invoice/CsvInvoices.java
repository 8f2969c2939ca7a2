package org.collections.invoice;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads invoices from CSV, as a spreadsheet or an old system exports them: a header row naming the registration's
 * fields ({@code number,amount,currency,issueDate,dueDate,ongoingWork,lateFeeAllowed}) and the customer's with
 * {@code customer.} before them ({@code customer.number,customer.name,...}). Each row is then read as the JSON body of
 * {@code POST /api/invoices} is, so a value of the wrong type or an unknown column is named the same way.
 */
@Component
public class CsvInvoices {

    private static final String CUSTOMER = "customer.";

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private final ObjectMapper json;
    private final JavaType row;

    public CsvInvoices(ObjectMapper json) {
        this.json = json;
        this.row = json.getTypeFactory().constructParametricType(Parsed.class, RegisterInvoiceRequest.class);
    }

    public List<Parsed<RegisterInvoiceRequest>> read(String text) {
        // a spreadsheet saving "CSV UTF-8" (Excel) starts the file with a byte order mark, which is no part of the header
        if (text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Parsed<RegisterInvoiceRequest>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (lines.hasNext()) {
                if (rows.size() > InvoiceBatch.MAX_ROWS) {
                    break;
                }
                rows.add(json.readValue(json.writeValueAsBytes(nested(lines.next())), row));
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("csv", "cannot be read as CSV with a header row (line "
                    + (rows.size() + 2) + "): " + e.getMessage().lines().findFirst().orElse(""));
        }
        return rows;
    }

    /** {@code customer.name} becomes {@code customer: {name}}; an empty cell is a value not given. */
    private static Map<String, Object> nested(Map<String, String> line) {
        Map<String, Object> invoice = new LinkedHashMap<>();
        Map<String, Object> customer = new LinkedHashMap<>();
        line.forEach((column, value) -> {
            if (value == null || value.isEmpty()) {
                return;
            }
            if (column.startsWith(CUSTOMER)) {
                customer.put(column.substring(CUSTOMER.length()), value);
            } else {
                invoice.put(column, value);
            }
        });
        invoice.put("customer", customer);
        return invoice;
    }
}
