package org.collections.hold;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerStopRepository extends JpaRepository<CustomerStop, Long> {

    @Query("""
            select s from CustomerStop s
            where s.customerId = :customerId and s.liftedAt is null
            order by s.id desc limit 1""")
    Optional<CustomerStop> findFirstByCustomerIdAndLiftedAtIsNullOrderByIdDesc(@Param("customerId") Long customerId);
}
