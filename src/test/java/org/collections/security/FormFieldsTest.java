package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fields a form accepts are the keys its modeler gave its inputs; texts and pictures have none. */
class FormFieldsTest {

    @Test
    void theCallFormAcceptsItsSevenInputs() throws Exception {
        var form = new ObjectMapper().readTree(Files.readString(Path.of("forms/CallCustomer.form")));
        assertThat(FormFields.keys(form)).containsExactly("callBackAsked", "callNotes", "callOutcome", "disputedInvoices",
                "planInvoices", "promisedDate", "promisedInvoices");
    }

    @Test
    void groupsAreLookedIntoAndADynamicListIsOneVariable() throws Exception {
        var form = new ObjectMapper().readTree("""
                {"components": [
                  {"type": "text", "text": "hello"},
                  {"type": "group", "components": [{"type": "textfield", "key": "inner"}]},
                  {"type": "dynamiclist", "path": "rows", "components": [{"type": "textfield", "key": "cell"}]}
                ]}""");
        assertThat(FormFields.keys(form)).containsExactly("inner", "rows");
    }
}
