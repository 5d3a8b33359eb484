package org.anju.household;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    Optional<Household> findByCode(String code);

    boolean existsByCode(String code);
}
