package fr.isoc.groupeiot.platform.persistence;

import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;

/**
 * Tells a write that lost a race (someone else changed the row first, or made the row a unique index allows only
 * once) from a real failure: the first is the user's news ("already done"), the second a fault to report.
 */
public final class Conflicts {

    /** SQLSTATE of a unique-index violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // EclipseLink's own OptimisticLockException (not on the compile path) may come unwrapped.
            if (cause instanceof OptimisticLockException || "OptimisticLockException".equals(cause.getClass().getSimpleName())
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
