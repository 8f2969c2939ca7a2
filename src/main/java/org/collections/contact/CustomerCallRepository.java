package org.collections.contact;

import java.time.Instant;
import java.util.List;
import org.collections.dunning.CallOutcome;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerCallRepository extends JpaRepository<CustomerCall, Long> {

    List<CustomerCall> findByCustomerIdOrderByAtAscIdAsc(Long customerId);
}
