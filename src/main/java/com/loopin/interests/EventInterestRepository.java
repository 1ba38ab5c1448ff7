package com.loopin.interests;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EventInterestRepository extends ListCrudRepository<EventInterest, Long> {

    List<EventInterest> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);
}
