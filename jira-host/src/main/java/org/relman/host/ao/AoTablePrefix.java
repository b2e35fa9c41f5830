package org.relman.host.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Jira's Active Objects plugin derives from an {@code <ao namespace="...">} value (or, without a
 * namespace, from the plugin's key): {@code "AO_"} followed by the last six hexadecimal digits of the MD5 of the
 * UTF-8 bytes, upper-cased. Tables are then named {@code <prefix>_<ENTITY_NAME>}.
 */
public final class AoTablePrefix {

    private static final int HASH_DIGITS = 6;

    private AoTablePrefix() {
    }

    public static String forNamespace(String namespaceOrPluginKey) {
        if (namespaceOrPluginKey == null || namespaceOrPluginKey.isBlank()) {
            throw new IllegalArgumentException("AO namespace (or plugin key) must not be blank");
        }
        String md5 = md5Hex(namespaceOrPluginKey);
        return ("AO_" + md5.substring(md5.length() - HASH_DIGITS)).toUpperCase(Locale.ENGLISH);
    }

    static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
