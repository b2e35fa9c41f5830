package org.relman.dsl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relman.dsl.adapter.ao.DslAoStores;
import org.relman.dsl.adapter.files.CopyVerifiers;
import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.CopyCheck;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.IntegrityReport;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.testkit.db.OnHsqldb;

/** The integrity check end to end: real stores on HSQLDB, real files in temporary directories. */
class IntegrityCheckIT implements OnHsqldb {
    private static final byte[] CRM = "CRM 5.2 installer".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;
    private final People people = new People();
    private DslEntryStore entries;
    private StorageRootStore roots;

    @BeforeEach
    void open() {
        var ao = database().activeObjects(DslAoStores.ENTITIES);
        entries = DslAoStores.entries(ao);
        roots = DslAoStores.roots(ao);
    }

    private IntegrityCheck check() {
        return new IntegrityCheck(people.access(), entries, roots, CopyVerifiers.fileSystem());
    }

    @Test
    void reportsEveryCopyAndRecordsWhatItFoundOnTheCopy() throws Exception {
        Path dsl = Files.createDirectories(temp.resolve("dsl"));
        Path outside = Files.createDirectories(temp.resolve("home"));
        roots.create(NewStorageRoot.validate(new NewStorageRoot.Input(dsl.toString(), "Main share")));
        Files.write(dsl.resolve("crm-5.2.msi"), CRM);
        Files.write(dsl.resolve("web-1.0.img"), "not the image".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dsl.resolve("tools.zip"), Files.write(outside.resolve("id_rsa"), CRM));
        DslEntry crm = add("crm", dsl.resolve("crm-5.2.msi"), "https://artifacts.example.com/crm-5.2.msi");
        DslEntry web = add("web", dsl.resolve("web-1.0.img"));
        DslEntry gone = add("gone", dsl.resolve("gone.msi"));
        DslEntry tools = add("tools", dsl.resolve("tools.zip"));

        people.actingAs(People.LIBBY);
        IntegrityReport report = check().run();

        assertThat(report.counts()).isEqualTo(Map.of(CheckOutcome.MATCH, 1, CheckOutcome.MISMATCH, 1,
                CheckOutcome.UNREACHABLE, 2, CheckOutcome.NOT_CHECKABLE, 1));
        assertThat(report.copies()).extracting(c -> c.copy().name(), CopyCheck::outcome).containsExactly(
                tuple("crm", CheckOutcome.MATCH), tuple("crm", CheckOutcome.NOT_CHECKABLE), tuple("web", CheckOutcome.MISMATCH),
                tuple("gone", CheckOutcome.UNREACHABLE), tuple("tools", CheckOutcome.UNREACHABLE));
        assertThat(report.copies().get(3).detail()).startsWith("missing file: ");
        assertThat(report.copies().get(4).detail()).startsWith("outside every configured root: ");
        assertThat(outcomesOf(crm)).containsExactly(CheckOutcome.MATCH, CheckOutcome.NOT_CHECKABLE);
        assertThat(outcomesOf(web)).containsExactly(CheckOutcome.MISMATCH);
        assertThat(outcomesOf(gone)).containsExactly(CheckOutcome.UNREACHABLE);
        assertThat(outcomesOf(tools)).containsExactly(CheckOutcome.UNREACHABLE);
        assertThat(entries.find(crm.id()).orElseThrow().copies()).allSatisfy(copy -> assertThat(copy.verifiedAt())
                .isBetween(report.startedAt(), report.finishedAt()));
    }

    @Test
    void librariansAndTheAdministratorRunItAndARequesterIsToldWhoMay() {
        people.actingAs(People.ADA);
        assertThat(check().run().copies()).isEmpty();

        people.actingAs(People.RITA);
        assertThatThrownBy(() -> check().run()).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a DSL librarian or a relman administrator may run the DSL's integrity check.");
    }

    private DslEntry add(String name, Path location, String... copies) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CRM));
        return entries.add(NewDslEntry.validate(new NewDslEntry.Input(name, "1", "installer", sha, (long) CRM.length,
                location.toString(), List.of(copies), null)), null, People.LIBBY);
    }

    private List<CheckOutcome> outcomesOf(DslEntry entry) {
        return entries.find(entry.id()).orElseThrow().copies().stream().map(DslCopy::outcome).toList();
    }
}
