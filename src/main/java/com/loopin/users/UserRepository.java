package com.loopin.users;

import com.loopin.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByPhoneNumber(String phoneNumber);

    /** What other modules see of a user, in one query: a profile is complete once it has been completed. */
    String ACCOUNT = "select new com.loopin.users.UserRepository$AccountRow(u.id, u.phoneNumber, p.name, u.active,"
            + " p.verified, p.completedAt) from User u left join Profile p on p.user = u ";

    @Query(ACCOUNT + "where u.phoneNumber = :phone")
    Optional<AccountRow> findAccountByPhone(String phone);

    @Query(ACCOUNT + "where u.id = :id")
    Optional<AccountRow> findAccountById(long id);

    record AccountRow(Long id, String phoneNumber, String name, boolean active, Boolean verified, Instant completedAt) {
        UserAccount account() {
            return new UserAccount(
                    id, new PhoneNumber(phoneNumber), name, active, Boolean.TRUE.equals(verified), completedAt != null);
        }
    }

    /** The database cascades to the profile, its pictures and interests, and the user's sessions. */
    @Modifying
    @Query("delete from User u where u.id = :id")
    int deleteUser(long id);
}
