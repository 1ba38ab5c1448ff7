package com.loopin.interests;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventInterestRepository extends JpaRepository<EventInterest, Long> {

    List<EventInterest> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);
}
