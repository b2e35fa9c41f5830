package org.relman.dsl.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A software version in the Definitive Software Library. Table {@code AO_301B80_DSL_ENTRY}. */
@Table("DslEntry")
public interface DslEntryAO extends Entity {
    String NAME = "NAME";
    String NAME_VERSION_KEY = "NAME_VERSION_KEY";
    String ENTRY_VERSION = "ENTRY_VERSION";
    String ENTRY_KIND = "ENTRY_KIND";
    String SIZE_BYTES = "SIZE_BYTES";
    String ADDED_BY = "ADDED_BY";
    String ADDED_AT = "ADDED_AT";
    String SHA256_HEX = "SHA256_HEX";
    String ENTRY_STATE = "ENTRY_STATE";
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";

    @NotNull
    @Indexed
    @StringLength(255)
    String getName();
    void setName(String name);

    /**
     * {@code lower(name) TAB lower(version)}: one entry per name and version, whatever the case, held by the
     * database's unique constraint (names and versions hold no control characters, so the key is unambiguous).
     * Also what text search matches and listings are ordered by, so neither needs a function on a column.
     */
    @NotNull
    @Unique
    @StringLength(450)
    String getNameVersionKey();
    void setNameVersionKey(String key);

    @NotNull
    @StringLength(100)
    String getEntryVersion();
    void setEntryVersion(String version);

    /** INSTALLER, SCRIPT, CONFIGURATION, DOCUMENT or IMAGE. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getEntryKind();
    void setEntryKind(String kind);

    /** SHA-256 of the content, lower-case hex. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getSha256Hex();
    void setSha256Hex(String hex);

    long getSizeBytes();
    void setSizeBytes(long bytes);

    /** PENDING, APPROVED, IN_PRODUCTION or RETIRED. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getEntryState();
    void setEntryState(String state);

    /** The release the version belongs to, if any. */
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    @NotNull
    @StringLength(255)
    String getAddedBy();
    void setAddedBy(String userKey);

    @NotNull
    Date getAddedAt();
    void setAddedAt(Date at);

    @OneToMany(reverse = "getEntry")
    DslCopyAO[] getCopies();

    @OneToMany(reverse = "getEntry")
    DslStateChangeAO[] getStateChanges();
}
