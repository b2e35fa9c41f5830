package org.relman.cmdb.domain.imports;

import org.relman.cmdb.domain.CiEdit;

/** A valid row of a CI file: the item's key and the edit the row makes to it (columns the file lacks stay as they are). */
public record ItemRow(int row, String key, CiEdit edit) {
}
