package org.collections.hold;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerStopRepository extends JpaRepository<CustomerStop, Long> {

    Optional<CustomerStop> findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(Long customerId);
}
