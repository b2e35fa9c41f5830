package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The generation of the CMDB's graph: one row (SLOT {@value #THE_SLOT}), whose GEN every transaction that adds or
 * removes relationships or edits CIs raises in that transaction, so a committed change is always a new generation. Nodes
 * compare it with the generation of their in-memory graph snapshot (see {@link GraphSnapshots}). Table
 * {@code AO_301B80_CMDB_GRAPH_GEN}.
 */
@Table("CmdbGraphGen")
public interface CmdbGraphGenAO extends Entity {
    String SLOT = "SLOT";
    String GEN = "GEN";
    /** The one row's slot; unique, so two nodes creating the row at once make one row. */
    String THE_SLOT = "graph";

    @NotNull
    @Unique
    @StringLength(32)
    String getSlot();
    void setSlot(String slot);

    @NotNull
    long getGen();
    void setGen(long gen);

    /** When the generation was last raised; written first by an Active Objects bump, to lock the row (see GraphGeneration). */
    Date getChangedAt();
    void setChangedAt(Date at);
}
