package org.relman.dsl.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.CopyCheck;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.StorageRoot;

class FileSystemCopyVerifierTest {
    private static final byte[] CONTENT = "CRM 5.2 installer".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;
    private Path root;
    private Path outside;
    private List<StorageRoot> roots;
    private final FileSystemCopyVerifier verifier = new FileSystemCopyVerifier();

    @BeforeEach
    void storage() throws IOException {
        root = Files.createDirectories(temp.resolve("dsl"));
        outside = Files.createDirectories(temp.resolve("elsewhere"));
        roots = List.of(new StorageRoot(1, root.toString(), "Main share"));
    }

    @Test
    void matchesACopyWhoseContentHasTheEntrysChecksum() throws Exception {
        Path file = write(root.resolve("crm/crm-5.2.msi"), CONTENT);

        CopyCheck check = verifier.check(copy(file.toString(), sha(CONTENT)), roots);

        assertThat(check.outcome()).isEqualTo(CheckOutcome.MATCH);
        assertThat(check.actualSha256()).isEqualTo(sha(CONTENT));
        assertThat(check.rootLabel()).isEqualTo("Main share");
        assertThat(verifier.check(copy(file.toUri().toString(), sha(CONTENT)), roots).outcome())
                .as("a file: URI is read the same way").isEqualTo(CheckOutcome.MATCH);
    }

    @Test
    void reportsAMismatchWithExpectedAndActualChecksums() throws Exception {
        Path file = write(root.resolve("crm-5.2.msi"), "tampered".getBytes(StandardCharsets.UTF_8));

        CopyCheck check = verifier.check(copy(file.toString(), sha(CONTENT)), roots);

        assertThat(check.outcome()).isEqualTo(CheckOutcome.MISMATCH);
        assertThat(check.actualSha256()).isEqualTo(sha("tampered".getBytes(StandardCharsets.UTF_8)));
        assertThat(check.detail()).isEqualTo("expected " + sha(CONTENT) + " but the file's SHA-256 is " + check.actualSha256());
    }

    @Test
    void reportsAMissingFileInsideARootAsMissing() {
        CopyCheck check = verifier.check(copy(root.resolve("gone.msi").toString(), sha(CONTENT)), roots);

        assertThat(check.outcome()).isEqualTo(CheckOutcome.UNREACHABLE);
        assertThat(check.detail()).isEqualTo("missing file: nothing at " + root.resolve("gone.msi"));
        assertThat(check.rootLabel()).isEqualTo("Main share");
    }

    @Test
    void neverReadsThroughASymbolicLinkThatLeavesTheRoot() throws Exception {
        Path secret = write(outside.resolve("secret.txt"), CONTENT);
        Path link = Files.createSymbolicLink(root.resolve("innocent.msi"), secret);
        Files.createSymbolicLink(root.resolve("subdir"), outside);

        CopyCheck viaFile = verifier.check(copy(link.toString(), sha(CONTENT)), roots);
        CopyCheck viaDirectory = verifier.check(copy(root.resolve("subdir/secret.txt").toString(), sha(CONTENT)), roots);

        for (CopyCheck check : List.of(viaFile, viaDirectory)) {
            assertThat(check.outcome()).isEqualTo(CheckOutcome.UNREACHABLE);
            assertThat(check.actualSha256()).as("nothing was read, so nothing about the file is told").isNull();
            assertThat(check.detail()).startsWith("outside every configured root: ")
                    .endsWith(" leads through a symbolic link to a place outside the storage roots")
                    .doesNotContain(outside.toString());
        }
    }

    @Test
    void followsASymbolicLinkThatStaysInsideTheRoots() throws Exception {
        Path file = write(root.resolve("releases/crm-5.2.msi"), CONTENT);
        Path link = Files.createSymbolicLink(root.resolve("crm-latest.msi"), file);

        assertThat(verifier.check(copy(link.toString(), sha(CONTENT)), roots).outcome()).isEqualTo(CheckOutcome.MATCH);
    }

    @Test
    void doesNotTouchPathsOutsideEveryRootSoItCannotTellWhetherTheyExist() throws Exception {
        Path existing = write(outside.resolve("passwd"), CONTENT);
        Path sibling = write(temp.resolve("dsl2/crm.msi"), CONTENT);

        CopyCheck present = verifier.check(copy(existing.toString(), sha(CONTENT)), roots);
        CopyCheck absent = verifier.check(copy(outside.resolve("nothing-here").toString(), sha(CONTENT)), roots);
        CopyCheck prefix = verifier.check(copy(sibling.toString(), sha(CONTENT)), roots);

        assertThat(present.outcome()).isEqualTo(CheckOutcome.UNREACHABLE);
        assertThat(present.detail()).isEqualTo("outside every configured root: " + existing + " lies under none of " + root);
        assertThat(absent.detail()).isEqualTo("outside every configured root: " + outside.resolve("nothing-here")
                + " lies under none of " + root);
        assertThat(prefix.detail()).as("/dsl2 is not inside /dsl").startsWith("outside every configured root: ");
        assertThat(verifier.check(copy(existing.toString(), sha(CONTENT)), List.of()).detail())
                .endsWith("lies under none of them (no storage root is configured)");
    }

    @Test
    void reportsUrlsAsNotCheckableWithoutFetchingThem() {
        for (String url : List.of("https://artifacts.example.com/crm-5.2.msi", "http://169.254.169.254/latest/meta-data/",
                "ftp://ftp.example.com/crm.msi", "smb://fileserver/dsl/crm.msi", "file://fileserver/dsl/crm.msi")) {
            CopyCheck check = verifier.check(copy(url, sha(CONTENT)), roots);

            assertThat(check.outcome()).as(url).isEqualTo(CheckOutcome.NOT_CHECKABLE);
            assertThat(check.detail()).isEqualTo("not checkable: relman reads only files under the configured storage roots"
                    + " (it never fetches a URL)");
        }
    }

    @Test
    void acceptsARootConfiguredThroughASymbolicLinkWhicheverPathTheLibrarianTyped() throws Exception {
        Path real = Files.createDirectories(temp.resolve("volumes/dsl"));
        Path linked = Files.createSymbolicLink(temp.resolve("dsl-link"), real);
        Path file = write(real.resolve("crm.msi"), CONTENT);
        List<StorageRoot> viaLink = List.of(new StorageRoot(2, linked.toString(), "Linked"));

        assertThat(verifier.check(copy(file.toString(), sha(CONTENT)), viaLink).outcome()).isEqualTo(CheckOutcome.MATCH);
        assertThat(verifier.check(copy(linked.resolve("crm.msi").toString(), sha(CONTENT)), viaLink).outcome())
                .isEqualTo(CheckOutcome.MATCH);
    }

    @Test
    void saysWhenTheRootItselfIsGoneOrTheCopyIsNoFile() throws Exception {
        List<StorageRoot> gone = List.of(new StorageRoot(3, temp.resolve("unmounted").toString(), "Offsite"));
        Files.createDirectories(root.resolve("crm"));

        CopyCheck unmounted = verifier.check(copy(temp.resolve("unmounted/crm.msi").toString(), sha(CONTENT)), gone);
        CopyCheck directory = verifier.check(copy(root.resolve("crm").toString(), sha(CONTENT)), roots);

        assertThat(unmounted.detail()).isEqualTo("unreadable: the storage root " + temp.resolve("unmounted")
                + " does not exist or relman may not read it");
        assertThat(unmounted.rootLabel()).isEqualTo("Offsite");
        assertThat(directory.outcome()).isEqualTo(CheckOutcome.UNREACHABLE);
        assertThat(directory.detail()).isEqualTo("unreadable: " + root.resolve("crm") + " is not a regular file");
    }

    @Test
    void refusesToClimbOutOfARootWithDotDot() throws Exception {
        write(outside.resolve("secret.txt"), CONTENT);

        CopyCheck check = verifier.check(copy(root + "/../elsewhere/secret.txt", sha(CONTENT)), roots);

        assertThat(check.outcome()).isEqualTo(CheckOutcome.UNREACHABLE);
        assertThat(check.detail()).isEqualTo("outside every configured root: the location climbs up with '..'");
    }

    @Test
    void hashesLargeFilesAsAStream() throws Exception {
        byte[] big = new byte[12 * 1024 * 1024 + 17];
        new Random(42).nextBytes(big);
        Path file = write(root.resolve("image.iso"), big);

        assertThat(FileSystemCopyVerifier.sha256(file)).isEqualTo(sha(big));
    }

    private static CopyToCheck copy(String location, String sha) {
        return new CopyToCheck(7, 3, "crm", "5.2", sha, location, true);
    }

    private static Path write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static String sha(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
