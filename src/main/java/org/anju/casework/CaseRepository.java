package org.anju.casework;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<HousingCase, Long> {
}
