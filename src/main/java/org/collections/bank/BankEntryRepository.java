package org.collections.bank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BankEntryRepository extends JpaRepository<BankEntry, Long> {

    @Query("select e from BankEntry e where e.entryKey = :entryKey")
    Optional<BankEntry> findByEntryKey(@Param("entryKey") String entryKey);

    @Query("select e from BankEntry e where e.status = :status order by e.id")
    List<BankEntry> findByStatusOrderByIdAsc(@Param("status") EntryStatus status, Pageable page);
}
