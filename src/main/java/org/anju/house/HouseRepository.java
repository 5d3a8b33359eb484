package org.anju.house;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseRepository extends JpaRepository<House, Long> {

    Optional<House> findByCode(String code);

    boolean existsByCode(String code);
}
