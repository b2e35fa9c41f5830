package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.app.Causes;
import org.relman.cmdb.app.CmdbImports;
import org.relman.cmdb.app.ImportRunner;
import org.relman.cmdb.app.ImportWorkers;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.imports.ImportError;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportState;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;
import org.relman.testkit.db.OnDatabase;

/** CSV import from upload to database, as a configuration manager would run it; on both databases. */
abstract class CsvImportContract implements OnDatabase {
    private static final String HEADER = "key,name,type,environment,owner,status,version,attr.os,attr.tier\n";
    private static final IssueRef CHG_3 = new IssueRef(10002, "CHG-3", "CHG", "RFC", "Add a read replica", "connie", null);

    private CmdbTestDatabase cmdb;
    private ImportWorkers workers;
    private CmdbImports imports;
    private AoImportJobStore jobs;

    @BeforeEach
    void wire() {
        cmdb = new CmdbTestDatabase(database());
        workers = new ImportWorkers();
        jobs = new AoImportJobStore(cmdb.ao);
        JdbcBulkWriter writer = new JdbcBulkWriter(cmdb.sql);
        AccessGuard access = new AccessGuard(() -> Optional.of(CmdbTestDatabase.CONNIE),
                (user, role) -> role == RelmanRole.CONFIGURATION_MANAGER);
        Causes causes = new Causes((key, viewer) -> key.equals("CHG-3") ? Optional.of(CHG_3) : Optional.empty());
        imports = new CmdbImports(access, causes, jobs, new ImportRunner(jobs, writer, cmdb.types, workers), workers);
    }

    @AfterEach
    void stopWorkers() {
        workers.close();
    }

    private ImportJob items(String csv) {
        return imports.importItems(body(csv), null, false).job();
    }

    private ImportJob relationships(String csv) {
        return imports.importRelationships(body(csv), null, false).job();
    }

    private static ByteArrayInputStream body(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsItemsAndReimportingTheSameFileChangesNothing() {
        String file = HEADER + "app-crm,CRM application,application,production,Sales IT,,5.1,RHEL 9,gold\n"
                + "DB-CRM,\"CRM database, primary\",database,production,DBA,maintenance,15,,\n"
                + "SRV-1,Server one,server,,,,,RHEL 8,\n";

        ImportJob first = items(file);
        ImportJob second = items(file);

        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(first.counts().created()).isEqualTo(3);
        assertThat(first.message()).isEqualTo("Imported 3 rows: 3 created, 0 updated, 0 unchanged.");
        assertThat(second.counts().unchanged()).isEqualTo(3);
        assertThat(second.counts().created() + second.counts().updated()).isZero();
        ConfigurationItem crm = cmdb.items.findByKey("APP-CRM").orElseThrow();
        assertThat(crm.attributes()).containsEntry("os", "RHEL 9").containsEntry("tier", "gold");
        assertThat(crm.status()).isEqualTo(CiStatus.ACTIVE);
        assertThat(cmdb.items.findByKey("DB-CRM").orElseThrow().name()).isEqualTo("CRM database, primary");
        assertThat(cmdb.items.history("APP-CRM", 10)).extracting(HistoryEntry::field).containsExactly("created");
        assertThat(cmdb.ao.count(CmdbItemAO.class)).isEqualTo(3);
    }

    @Test
    void updatesWhatARowChangesRecordsItWithTheCauseAndLeavesMissingColumnsAlone() {
        items(HEADER + "APP-1,App,application,production,Ops,,1.0,RHEL 8,gold\n");

        ImportJob job = imports.importItems(body("key,name,type,version,attr.tier\nAPP-1,App,application,2.0,\n"), "chg-3", false).job();

        assertThat(job.counts().updated()).isEqualTo(1);
        ConfigurationItem app = cmdb.items.findByKey("APP-1").orElseThrow();
        assertThat(app.version()).isEqualTo("2.0");
        assertThat(app.owner()).as("no owner column: the owner stays").isEqualTo("Ops");
        assertThat(app.attributes()).containsOnlyKeys("os");
        assertThat(cmdb.items.history("APP-1", 10).subList(0, 2)).extracting(HistoryEntry::field, HistoryEntry::before,
                HistoryEntry::after, HistoryEntry::cause).containsExactly(
                Tuple.tuple("version", "1.0", "2.0", new Cause(10002, "CHG-3", Cause.Kind.RFC)),
                Tuple.tuple("attributes.tier", "gold", null, new Cause(10002, "CHG-3", Cause.Kind.RFC)));
    }

    @Test
    void rejectsAFileWithAnyBrokenRuleNamingRowColumnAndRuleAndWritesNothing() {
        ImportJob job = items(HEADER
                + "APP-1,Good row,application,,,,,,\n"
                + "APP-2,Unknown type,toaster,,,,,,\n"
                + "APP-1,Same key again,application,,,,,,\n"
                + "APP-3,Too few fields\n"
                + "APP-4," + "n".repeat(20_000) + ",application,,,,,,\n"
                + "APP-5,,server,prod env,,gone,,,\n");

        assertThat(job.state()).isEqualTo(ImportState.REJECTED);
        assertThat(job.message()).isEqualTo("The file breaks 7 rules; nothing was imported. Fix the rows named and upload the whole file again.");
        assertThat(job.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                Tuple.tuple(3, "type"), Tuple.tuple(4, "key"), Tuple.tuple(5, null), Tuple.tuple(6, null),
                Tuple.tuple(7, "name"), Tuple.tuple(7, "environment"), Tuple.tuple(7, "status"));
        assertThat(job.errors().get(1).message()).isEqualTo("key APP-1 is on row 2 already: a file may name each CI once.");
        assertThat(job.errors().get(3).message()).isEqualTo("a field is longer than 10000 characters.");
        assertThat(cmdb.ao.count(CmdbItemAO.class)).isZero();
        assertThat(cmdb.ao.count(CmdbHistoryAO.class)).isZero();
    }

    @Test
    void malformedFilesGetAClearErrorAndWriteNothing() {
        assertThat(items("key,name,type\nAPP-1,\"never closed,application\nAPP-2,x,server\n").errors()).singleElement()
                .extracting(ImportError::row, ImportError::message)
                .containsExactly(2, "a quoted field that starts on row 2 is never closed: a closing quote (\") is missing.");
        assertThat(items("key,type\nAPP-1,application\n").errors()).extracting(ImportError::column).containsExactly("name");
        assertThat(items("").errors().get(0).message()).startsWith("the file is empty");
        assertThat(items("key,name,type\n").errors().get(0).message()).isEqualTo("the file has a header but no rows to import.");
        assertThat(cmdb.ao.count(CmdbItemAO.class)).isZero();
    }

    @Test
    void countsEveryErrorOfAHugelyBrokenFileAndReportsTheFirstThousand() {
        StringBuilder file = new StringBuilder("key,name,type\n");
        for (int i = 0; i < 1500; i++) {
            file.append("K-").append(i).append(",x,toaster\n");
        }

        ImportJob job = imports.importItems(body(file.toString()), null, false).job();

        assertThat(job.state()).isEqualTo(ImportState.REJECTED);
        assertThat(job.errorCount()).isEqualTo(1500);
        assertThat(job.errors()).hasSize(1000);
    }

    @Test
    void importsRelationshipsBetweenCisThatExistAndRefusesBadOnes() {
        items("key,name,type\nAPP-1,a,application\nDB-1,d,database\nSRV-1,s,server\n");

        ImportJob bad = relationships("source,target,type\n"
                + "APP-1,DB-1,depends-on\n"
                + "APP-1,DB-9,depends-on\n"
                + "APP-1,APP-1,runs-on\n"
                + "app-1,db-1,depends-on\n"
                + "APP-1,SRV-1,hosts-on\n");
        assertThat(bad.state()).isEqualTo(ImportState.REJECTED);
        assertThat(bad.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                Tuple.tuple(3, "target"), Tuple.tuple(4, "target"), Tuple.tuple(5, null), Tuple.tuple(6, "type"));
        assertThat(bad.errors().get(0).message()).isEqualTo("target DB-9 is not a configuration item; import the CIs first.");
        assertThat(bad.errors().get(1).message()).startsWith("target must be another CI than source");
        assertThat(bad.errors().get(2).message()).isEqualTo("the relationship APP-1 depends-on DB-1 is on row 2 already.");
        assertThat(cmdb.ao.count(CmdbRelationAO.class)).isZero();

        String good = "type,source,target\ndepends-on,APP-1,DB-1\nruns-on,APP-1,SRV-1\nconnected-to,DB-1,APP-1\n";
        assertThat(relationships(good).counts().created()).isEqualTo(3);
        ImportJob again = relationships(good);
        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(cmdb.ao.count(CmdbRelationAO.class)).isEqualTo(3);
        assertThat(cmdb.items.history("DB-1", 10)).extracting(HistoryEntry::after)
                .contains("is depended on by APP-1", "connected to APP-1");
    }

    @Test
    void runsALargeOrRequestedImportInTheBackgroundAndAnyoneCanFollowTheJob() throws InterruptedException {
        StringBuilder file = new StringBuilder("key,name,type\n");
        for (int i = 0; i < 3000; i++) {
            file.append("SRV-").append(i).append(",Server ").append(i).append(",server\n");
        }

        CmdbImports.Started started = imports.importItems(body(file.toString()), null, false);

        assertThat(started.background()).as("3,000 lines is more than a request should wait for").isTrue();
        ImportJob job = waitForEnd(started.job().id());
        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.counts().rowsRead()).isEqualTo(3000);
        assertThat(job.counts().created()).isEqualTo(3000);
        assertThat(imports.job(job.id()).state()).isEqualTo(ImportState.DONE);
        assertThat(cmdb.ao.count(CmdbItemAO.class)).isEqualTo(3000);
        CmdbImports.Started requested = imports.importRelationships(body("source,target,type\nSRV-1,SRV-2,connected-to\n"), null, true);
        assertThat(requested.background()).isTrue();
        assertThat(waitForEnd(requested.job().id()).counts().created()).isEqualTo(1);
    }

    private ImportJob waitForEnd(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            ImportJob job = jobs.find(id).orElseThrow();
            if (job.state().finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import job " + id + " did not finish in a minute");
    }

}
