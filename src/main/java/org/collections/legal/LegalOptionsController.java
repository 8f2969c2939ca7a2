package org.collections.legal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class LegalOptionsController {

    private final LegalService legal;

    public LegalOptionsController(LegalService legal) {
        this.legal = legal;
    }

    @Operation(summary = "The legal options of an invoice, best expected net recovery first, and the recommendation")
    @GetMapping("/invoices/{number}/legal-options")
    public LegalOptionsView options(@PathVariable String number) {
        return legal.options(number);
    }
}
