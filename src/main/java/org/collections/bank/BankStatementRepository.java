package org.collections.bank;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BankStatementRepository extends JpaRepository<BankStatement, Long> {

    @Query("select s from BankStatement s where s.statementKey = :statementKey")
    Optional<BankStatement> findByStatementKey(@Param("statementKey") String statementKey);
}
