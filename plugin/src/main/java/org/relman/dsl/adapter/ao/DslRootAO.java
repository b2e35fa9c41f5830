package org.relman.dsl.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A storage root of the DSL, configured by an admin. Table {@code AO_301B80_DSL_ROOT}. */
@Table("DslRoot")
public interface DslRootAO extends Entity {
    String ROOT_PATH = "ROOT_PATH";

    @NotNull
    @Unique
    @StringLength(450)
    String getRootPath();
    void setRootPath(String path);

    @NotNull
    @StringLength(255)
    String getRootLabel();
    void setRootLabel(String label);
}
