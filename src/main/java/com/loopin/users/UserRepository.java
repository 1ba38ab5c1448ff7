package com.loopin.users;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByPhoneNumber(String phoneNumber);

    /** The database cascades to the profile, its pictures and interests, and the user's sessions. */
    @Modifying
    @Query("delete from User u where u.id = :id")
    int deleteUser(long id);
}
