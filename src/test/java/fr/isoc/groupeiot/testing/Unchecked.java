package fr.isoc.groupeiot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Lets server start-ups that throw IOException run in CompletableFuture suppliers. */
public final class Unchecked {

    private Unchecked() {
    }

    public static <T> T io(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }
}
