package org.anju.house;

import org.springframework.data.jpa.repository.JpaRepository;

interface RenovationRepository extends JpaRepository<Renovation, Long> {
}
