package org.relman.testkit.db;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A tiny Active Objects entity for testing the facade that {@link TestDatabase} hands out. */
@Table("SAMPLE_ITEM")
public interface SampleItemEntity extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    int getPriority();

    void setPriority(int priority);
}
