package com.tradesense.identity.internal;

import static com.tradesense.platform.SqlTime.instant;
import static com.tradesense.platform.SqlTime.ts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.tradesense.identity.Role;
import com.tradesense.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS =
            "id, email, password_hash, display_name, roles, locale, email_verified_at, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the email is taken; tells which happened without relying on an exception. */
    boolean insertIfEmailFree(User user) {
        return jdbc.sql("""
                insert into identity_users (id, email, password_hash, display_name, roles, locale, email_verified_at,
                                            created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (email) do nothing""")
                .params(user.id().value(), user.email(), user.passwordHash(), user.displayName(),
                        roleNames(user.roles()), user.locale(), ts(user.emailVerifiedAt()), ts(user.createdAt()),
                        ts(user.createdAt()))
                .update() == 1;
    }

    Optional<User> findByEmail(String normalisedEmail) {
        return jdbc.sql("select " + COLUMNS + " from identity_users where email = ?").param(normalisedEmail)
                .query(UserRepository::map).optional();
    }

    Optional<User> findById(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from identity_users where id = ?").param(id.value())
                .query(UserRepository::map).optional();
    }

    List<User> search(String query, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from identity_users where (? = '' or email like ? or "
                        + "lower(display_name) like ?) order by created_at desc offset ? limit ?")
                .params(query, "%" + query + "%", "%" + query + "%", offset, limit)
                .query(UserRepository::map).list();
    }

    long count(String query) {
        return jdbc.sql("select count(*) from identity_users where (? = '' or email like ? or lower(display_name) like ?)")
                .params(query, "%" + query + "%", "%" + query + "%").query(Long.class).single();
    }

    void updatePassword(UserId id, String passwordHash, Instant at) {
        jdbc.sql("update identity_users set password_hash = ?, updated_at = ? where id = ?")
                .params(passwordHash, ts(at), id.value()).update();
    }

    void updateProfile(UserId id, String displayName, String locale, Instant at) {
        jdbc.sql("update identity_users set display_name = ?, locale = ?, updated_at = ? where id = ?")
                .params(displayName, locale, ts(at), id.value()).update();
    }

    void markEmailVerified(UserId id, Instant at) {
        jdbc.sql("update identity_users set email_verified_at = coalesce(email_verified_at, ?), updated_at = ? where id = ?")
                .params(ts(at), ts(at), id.value()).update();
    }

    void updateRoles(UserId id, Set<Role> roles, Instant at) {
        jdbc.sql("update identity_users set roles = ?, updated_at = ? where id = ?")
                .params(roleNames(roles), ts(at), id.value()).update();
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return new User(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("password_hash"), rs.getString("display_name"), roles, rs.getString("locale"),
                instant(rs, "email_verified_at"), instant(rs, "created_at"));
    }
}
