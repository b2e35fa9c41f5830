package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A CSV import into the CMDB, so that any node can tell how it is doing. Table {@code AO_301B80_CMDB_IMPORT_JOB}.
 * ERROR_REPORT holds the first errors, one per line: row, column and message separated by tabs (escaped).
 */
@Table("CmdbImportJob")
public interface CmdbImportJobAO extends Entity {
    @NotNull
    @StringLength(20)
    String getJobKind();
    void setJobKind(String kind);

    @NotNull
    @StringLength(20)
    String getJobState();
    void setJobState(String state);

    @StringLength(450)
    String getMessage();
    void setMessage(String message);

    Long getRowsRead();
    void setRowsRead(Long rows);

    Long getRowsWritten();
    void setRowsWritten(Long rows);

    Long getCreatedCount();
    void setCreatedCount(Long count);

    Long getUpdatedCount();
    void setUpdatedCount(Long count);

    Long getUnchangedCount();
    void setUnchangedCount(Long count);

    Long getErrorCount();
    void setErrorCount(Long count);

    @StringLength(StringLength.UNLIMITED)
    String getErrorReport();
    void setErrorReport(String report);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String userKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);

    Date getFinishedAt();
    void setFinishedAt(Date at);
}
