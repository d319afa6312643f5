package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Confirmed applications written straight into the stack's PostgreSQL database, for tests about what happens
 * after the confirmation (the join form and its e-mail have their own tests).
 */
final class ApplicationSeed {

    private ApplicationSeed() {
    }

    /** A person's application awaiting review; returns its id. */
    static long awaitingReview(TestDatabase database, String email, String firstName, String lastName, String college,
                               String language) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO membership_application (id, applicant_kind, email, first_name, last_name, country,
                         college_code, motivation, language, listed_in_directory, newsletter, consent_given_at, status,
                         created_at, confirmed_at, version)
                     VALUES (nextval('membership_application_seq'), 'PERSON', ?, ?, ?, 'France', ?,
                         'Je veux contribuer aux recommandations sur les objets connectés.', ?, TRUE, FALSE,
                         now(), 'AWAITING_REVIEW', now(), now(), 0)
                     RETURNING id""")) {
            insert.setString(1, email);
            insert.setString(2, firstName);
            insert.setString(3, lastName);
            insert.setString(4, college);
            insert.setString(5, language);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** One column of one row, e.g. the state of a member's account task. */
    static String value(TestDatabase database, String sql, Object parameter) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
