package org.relman.cmdb.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relman.platform.domain.InvalidInputException;

/**
 * An uploaded file copied to a temporary file as it arrives, so the request stream is read once, memory stays flat
 * and the import can read the file twice (check, then write). Counts bytes and lines on the way.
 */
record SpooledFile(Path path, long bytes, long lines) {

    static SpooledFile of(InputStream body, long maxBytes) {
        Path path;
        try {
            path = Files.createTempFile("relman-cmdb-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the import", e);
        }
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                if (bytes > maxBytes) {
                    throw new InvalidInputException("file", "the file is larger than " + (maxBytes / (1024 * 1024))
                            + " MB; split it into smaller files.");
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            delete(path);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new InvalidInputException("file", "the upload broke off before the end of the file: " + e.getMessage());
        }
        return new SpooledFile(path, bytes, lines);
    }

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file the system cleans up later; nothing a user can do about it
        }
    }
}
