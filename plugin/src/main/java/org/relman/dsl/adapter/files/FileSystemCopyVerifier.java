package org.relman.dsl.adapter.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Named;
import org.relman.dsl.app.CopyVerifier;
import org.relman.dsl.domain.CopyCheck;
import org.relman.dsl.domain.CopyLocation;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.StorageRoot;

/**
 * Reads copies from the server's file system, only inside the configured storage roots. The order of the
 * checks is the safety: a location is first matched against the roots by its text alone, so a path outside
 * them is never touched (the check cannot be used to learn whether some other file of the server exists);
 * then it is resolved to its real path, symbolic links followed, and must still lie inside a root's real
 * path; only then is the file opened, without following a link, and hashed as a stream.
 */
@Named
class FileSystemCopyVerifier implements CopyVerifier {
    static final String NOT_CHECKABLE = "not checkable: relman reads only files under the configured storage roots"
            + " (it never fetches a URL)";
    private static final int BUFFER = 1 << 16;

    /** A configured root and, if it can be resolved, its real path. */
    private record Root(StorageRoot root, Path path, Path real) {
    }

    @Override
    public CopyCheck check(CopyToCheck copy, List<StorageRoot> configured) {
        Optional<String> local = CopyLocation.stored(copy.location()).localPath();
        if (local.isEmpty()) {
            return CopyCheck.notCheckable(copy, NOT_CHECKABLE);
        }
        Path path;
        try {
            path = Path.of(local.get());
        } catch (InvalidPathException e) {
            return CopyCheck.unreachable(copy, null, "outside every configured root: not a path on relman's server");
        }
        if (!path.isAbsolute()) {
            return CopyCheck.unreachable(copy, null, "outside every configured root: not an absolute path on relman's server");
        }
        for (Path segment : path) {
            if (segment.toString().equals("..")) {
                return CopyCheck.unreachable(copy, null, "outside every configured root: the location climbs up with '..'");
            }
        }
        List<Root> roots = resolve(configured);
        Optional<Root> lexical = roots.stream()
                .filter(r -> path.startsWith(r.path()) || r.real() != null && path.startsWith(r.real()))
                .max((a, b) -> Integer.compare(a.path().getNameCount(), b.path().getNameCount()));
        if (lexical.isEmpty()) {
            return CopyCheck.unreachable(copy, null, "outside every configured root: " + path + " lies under none of "
                    + (roots.isEmpty() ? "them (no storage root is configured)"
                    : roots.stream().map(r -> r.path().toString()).collect(Collectors.joining(", "))));
        }
        Root root = lexical.get();
        if (root.real() == null) {
            return CopyCheck.unreachable(copy, label(root), "unreadable: the storage root " + root.path()
                    + " does not exist or relman may not read it");
        }
        return read(copy, path, roots, root);
    }

    private CopyCheck read(CopyToCheck copy, Path path, List<Root> roots, Root lexical) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return CopyCheck.unreachable(copy, label(lexical), "missing file: nothing at " + path);
        } catch (AccessDeniedException e) {
            return CopyCheck.unreachable(copy, label(lexical), "unreadable: relman may not open " + path);
        } catch (IOException e) {
            return CopyCheck.unreachable(copy, label(lexical), "unreadable: " + e.getMessage());
        }
        Optional<Root> containing = roots.stream().filter(r -> r.real() != null && real.startsWith(r.real())).findFirst();
        if (containing.isEmpty()) {
            // the real target is not named: it is a place outside the roots, which relman does not report on
            return CopyCheck.unreachable(copy, label(lexical), "outside every configured root: " + path
                    + " leads through a symbolic link to a place outside the storage roots");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return CopyCheck.unreachable(copy, label(containing.get()), "unreadable: " + path + " is not a regular file");
        }
        String actual;
        try {
            actual = sha256(real);
        } catch (AccessDeniedException e) {
            return CopyCheck.unreachable(copy, label(containing.get()), "unreadable: relman may not open " + path);
        } catch (IOException e) {
            return CopyCheck.unreachable(copy, label(containing.get()), "unreadable: " + e.getMessage());
        }
        return actual.equals(copy.expectedSha256()) ? CopyCheck.match(copy, actual, label(containing.get()))
                : CopyCheck.mismatch(copy, actual, label(containing.get()));
    }

    private static List<Root> resolve(List<StorageRoot> configured) {
        List<Root> roots = new ArrayList<>();
        for (StorageRoot root : configured) {
            Path path;
            try {
                path = Path.of(root.path()).normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            Path real;
            try {
                real = path.toRealPath();
            } catch (IOException e) {
                real = null;
            }
            roots.add(new Root(root, path, real));
        }
        return roots;
    }

    /** Streams the file: memory stays flat whatever its size. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String label(Root root) {
        return root.root().label();
    }
}
