package org.collections.bank;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankStatementRepository extends JpaRepository<BankStatement, Long> {

    Optional<BankStatement> findByStatementKey(String statementKey);
}
