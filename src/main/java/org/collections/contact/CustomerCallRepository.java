package org.collections.contact;

import java.time.Instant;
import java.util.List;
import org.collections.dunning.CallOutcome;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerCallRepository extends JpaRepository<CustomerCall, Long> {

    @Query("select c from CustomerCall c where c.customerId = :customerId order by c.at, c.id")
    List<CustomerCall> findByCustomerIdOrderByAtAscIdAsc(@Param("customerId") Long customerId);
}
