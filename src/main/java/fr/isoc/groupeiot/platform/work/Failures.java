package fr.isoc.groupeiot.platform.work;

/** How background work records why an attempt failed: the exception and its causes, short enough for a column. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && text.length() < 1500; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
