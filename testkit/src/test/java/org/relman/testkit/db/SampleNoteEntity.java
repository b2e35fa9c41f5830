package org.relman.testkit.db;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** A second entity, to check that migrating more entities later keeps the earlier ones. */
@Table("SAMPLE_NOTE")
public interface SampleNoteEntity extends Entity {

    String getText();

    void setText(String text);
}
