package org.collections.hold;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.collections.invoice.Parsed;
import org.collections.dispute.DisputeRequest;
import org.collections.dispute.DisputeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Holds (managers) and disputes raised outside a call (agents and managers); see security/SecurityConfiguration. */
@RestController
@RequestMapping("/api")
@Tag(name = "Holds and disputes", description = "Hold an invoice or a customer until a date; raise a dispute")
public class HoldController {

    private final HoldService holds;
    private final DisputeService disputes;
    private final StopService stops;

    public HoldController(HoldService holds, DisputeService disputes, StopService stops) {
        this.stops = stops;
        this.holds = holds;
        this.disputes = disputes;
    }

    @Operation(summary = "Hold the invoice's case until a date: no stage letter, call or late fee before it")
    @PostMapping("/invoices/{number}/hold")
    public HoldView hold(@PathVariable String number, @RequestBody(required = false) Parsed<HoldRequest> request,
            Principal user) {
        return holds.hold(number, value(request), unreadable(request), actor(user));
    }

    @Operation(summary = "Lift the invoice's hold early: the dunning ladder goes on now")
    @DeleteMapping("/invoices/{number}/hold")
    public ResponseEntity<Void> lift(@PathVariable String number, Principal user) {
        holds.lift(number, actor(user));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Hold every open invoice of the customer on its dunning ladder until a date")
    @PostMapping("/customers/{number}/hold")
    public Held holdCustomer(@PathVariable String number,
            @RequestBody(required = false) Parsed<HoldRequest> request, Principal user) {
        return new Held(holds.holdCustomer(number, value(request), unreadable(request), actor(user)));
    }

    @Operation(summary = "Lift the customer's hold early from every invoice it holds")
    @DeleteMapping("/customers/{number}/hold")
    public Held liftCustomer(@PathVariable String number, Principal user) {
        return new Held(holds.liftCustomer(number, actor(user)));
    }

    @Operation(summary = "Raise a dispute: the case leaves its ladder for Resolve dispute at once")
    @PostMapping("/invoices/{number}/disputes")
    public ResponseEntity<Void> dispute(@PathVariable String number,
            @RequestBody(required = false) Parsed<DisputeRequest> request, Principal user) {
        DisputeRequest dispute = value(request);
        disputes.raise(number, dispute == null ? null : dispute.reason(), unreadable(request), actor(user));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @Operation(summary = "Stop every contact with the customer (INSOLVENCY, DECEASED, CEASE_CONTACT): letters not "
            + "sent are withdrawn, calls end, each open case on its ladder goes to a manager")
    @PostMapping("/customers/{number}/stop")
    public Held stop(@PathVariable String number, @RequestBody(required = false) Parsed<StopRequest> request,
            Principal user) {
        return new Held(stops.stop(number, value(request), unreadable(request), actor(user)));
    }

    @Operation(summary = "Lift the customer's stop: a manager may then resume each case")
    @DeleteMapping("/customers/{number}/stop")
    public ResponseEntity<Void> liftStop(@PathVariable String number, Principal user) {
        stops.lift(number, actor(user));
        return ResponseEntity.noContent().build();
    }

    /** The invoices a customer's hold (or its lifting) concerned. */
    public record Held(List<String> invoices) {
    }

    // a request without a body is refused field by field by the service, as one without the fields
    private static <T> T value(Parsed<T> request) {
        return request == null ? null : request.value();
    }

    private static Map<String, String> unreadable(Parsed<?> request) {
        return request == null ? Map.of() : request.unreadable();
    }

    private static String actor(Principal user) {
        return user == null ? "api" : user.getName();
    }
}
