package org.relman.dsl.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored copy of a DSL entry. Table {@code AO_301B80_DSL_COPY}.
 *
 * <p>The location is kept as the librarian gave it (an absolute path, a {@code file:} URI or a URL),
 * not as root + relative path: copies may live outside relman's storage roots (an offsite share, an
 * artifact server), roots may be configured after the copies are recorded, and the integrity check
 * decides at check time, against the roots configured then, whether relman may read a copy.
 */
@Table("DslCopy")
public interface DslCopyAO extends Entity {
    String ENTRY_ID = "ENTRY_ID";
    String LOCATION = "LOCATION";
    String PRIMARY_COPY = "PRIMARY_COPY";
    String VERIFIED_AT = "VERIFIED_AT";
    String VERIFIED_OK = "VERIFIED_OK";
    String VERIFY_OUTCOME = "VERIFY_OUTCOME";

    @NotNull
    @Indexed
    DslEntryAO getEntry();
    void setEntry(DslEntryAO entry);

    /** Where the copy is, as given: an absolute path, a file: URI or a URL (never fetched). */
    @NotNull
    @StringLength(450)
    String getLocation();
    void setLocation(String location);

    @NotNull
    @Default("false")
    boolean isPrimaryCopy();
    void setPrimaryCopy(boolean primary);

    /** When the checksum was last re-verified; null if never. */
    Date getVerifiedAt();
    void setVerifiedAt(Date at);

    /** Whether that verification matched; null if never verified or the copy could not be checked (a URL). */
    Boolean getVerifiedOk();
    void setVerifiedOk(Boolean ok);

    /** MATCH, MISMATCH, UNREACHABLE or NOT_CHECKABLE; null if never verified. */
    @StringLength(32)
    String getVerifyOutcome();
    void setVerifyOutcome(String outcome);
}
