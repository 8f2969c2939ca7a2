package org.collections.bank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankEntryRepository extends JpaRepository<BankEntry, Long> {

    Optional<BankEntry> findByEntryKey(String entryKey);

    List<BankEntry> findByStatusOrderByIdAsc(EntryStatus status, Pageable page);
}
