package org.anju.house;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<HouseAssessment, Long> {
}
