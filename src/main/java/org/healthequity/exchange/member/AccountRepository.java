package org.healthequity.exchange.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a left join fetch a.roles where lower(a.email) = lower(:email)")
    Optional<Account> findByEmailWithRoles(String email);

    @Query("select a from Account a left join fetch a.roles where a.id = :id")
    Optional<Account> findByIdWithRoles(long id);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmail(String email);
}
