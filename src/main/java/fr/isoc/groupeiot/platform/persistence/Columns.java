package fr.isoc.groupeiot.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How entities write their columns. Timestamps are stored as TIMESTAMP WITH TIME ZONE and mapped as OffsetDateTime in
 * UTC, the type both drivers support natively (EclipseLink's own Instant conversion fails on H2); optional text is
 * stored trimmed, or null when blank.
 */
public final class Columns {

    private Columns() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
