package org.relman.dsl.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relman.platform.domain.TextRules;

/**
 * Where a copy of a DSL entry is, as the librarian gave it: an absolute path, a {@code file:} URI or a
 * URL. Only the first two can ever be read by relman, and only inside the configured storage roots;
 * a URL is kept for people to follow and is never fetched, so a user cannot make relman's server send
 * requests on their behalf.
 */
public record CopyLocation(String text, Kind kind) {
    public static final int MAX = 450;

    public enum Kind {
        /** An absolute file system path. */
        PATH,
        /** A {@code file:} URI. */
        FILE_URI,
        /** Any other scheme (http, https, ftp, smb, ...): never read by relman. */
        URL
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("[/\\\\]");

    /** The location in {@code raw}, or null after telling {@code rules} what is wrong with it under {@code field}. */
    public static CopyLocation validate(TextRules rules, String field, String raw) {
        String text = rules.required(field, raw, MAX);
        if (text == null || text.length() > MAX) {
            return null;
        }
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            rules.reject(field, field + " " + problem.get());
            return null;
        }
        return new CopyLocation(text, kindOf(text));
    }

    /** A location read back from storage, validated when it was stored. */
    public static CopyLocation stored(String text) {
        return new CopyLocation(text, kindOf(text));
    }

    /** Whether relman could ever read this copy (a local path or a local file: URI). */
    public boolean readable() {
        return localPath().isPresent();
    }

    /** The local path to read: the path itself, or a file: URI's decoded path when it names no other host. */
    public Optional<String> localPath() {
        return switch (kind) {
            case PATH -> Optional.of(text);
            case URL -> Optional.empty();
            case FILE_URI -> {
                URI uri;
                try {
                    uri = new URI(text);
                } catch (URISyntaxException e) {
                    yield Optional.empty();
                }
                String host = uri.getHost() == null ? uri.getAuthority() : uri.getHost();
                boolean local = host == null || host.isEmpty() || host.equalsIgnoreCase("localhost");
                yield local && uri.getPath() != null ? Optional.of(uri.getPath()) : Optional.empty();
            }
        };
    }

    private static Optional<String> problem(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("must not contain control characters.");
        }
        Kind kind = kindOf(text);
        if (kind == Kind.URL) {
            return Optional.empty();
        }
        String path = text;
        if (kind == Kind.FILE_URI) {
            try {
                path = new URI(text).getPath();
            } catch (URISyntaxException e) {
                return Optional.of("is not a valid file: URI (" + e.getReason() + "); encode spaces as %20.");
            }
            if (path == null || !path.startsWith("/")) {
                return Optional.of("must be an absolute file: URI, e.g. file:///srv/dsl/crm/crm-5.2.msi.");
            }
        } else if (!isAbsolutePath(text)) {
            return Optional.of("must be an absolute path (e.g. /srv/dsl/crm/crm-5.2.msi), a file: URI or a URL.");
        }
        for (String segment : SEGMENT_SEPARATOR.split(path)) {
            if (segment.equals("..")) {
                return Optional.of("must not contain '..' segments: give the path as it is, without climbing up.");
            }
        }
        return Optional.empty();
    }

    private static Kind kindOf(String text) {
        Matcher scheme = SCHEME.matcher(text);
        // a one-letter "scheme" is a Windows drive (C:\dsl\...), not a URL
        if (!scheme.find() || scheme.group(1).length() == 1) {
            return Kind.PATH;
        }
        return scheme.group(1).toLowerCase(Locale.ROOT).equals("file") ? Kind.FILE_URI : Kind.URL;
    }

    private static boolean isAbsolutePath(String text) {
        return text.startsWith("/") || text.startsWith("\\\\") || DRIVE.matcher(text).matches();
    }
}
