package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ImportError;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportKind;
import org.relman.cmdb.domain.imports.ImportState;
import org.relman.testkit.db.OnDatabase;

/** Import jobs in the database, on both databases. */
abstract class ImportJobStoreContract implements OnDatabase {
    private AoImportJobStore store;

    @BeforeEach
    void openStore() {
        store = new AoImportJobStore(new CmdbTestDatabase(database()).ao);
    }

    @Test
    void followsAJobFromQueuedToItsEndWithCountsAndAnErrorReport() {
        ImportJob job = store.create(ImportKind.RELATIONSHIPS, CmdbTestDatabase.CONNIE);
        assertThat(job.state()).isEqualTo(ImportState.QUEUED);
        assertThat(job.createdBy()).isEqualTo("connie");

        store.progress(job.id(), ImportState.VALIDATING, ImportCounts.NONE.read(4000));
        assertThat(store.find(job.id()).orElseThrow().counts().rowsRead()).isEqualTo(4000);

        List<ImportError> errors = List.of(new ImportError(3, "source", "source X\tY is not\na CI \\ really"),
                new ImportError(1, null, "whole row"));
        store.finish(job.id(), ImportState.REJECTED, "The file breaks 2 rules.", ImportCounts.NONE.read(4000), 2, errors);
        store.progress(job.id(), ImportState.WRITING, ImportCounts.NONE);

        ImportJob finished = store.find(job.id()).orElseThrow();
        assertThat(finished.state()).as("progress after the end changes nothing").isEqualTo(ImportState.REJECTED);
        assertThat(finished.kind()).isEqualTo(ImportKind.RELATIONSHIPS);
        assertThat(finished.errors()).isEqualTo(errors);
        assertThat(finished.errorCount()).isEqualTo(2);
        assertThat(finished.finishedAt()).isNotNull();
        assertThat(store.find(job.id() + 1000)).isEmpty();
    }
}
