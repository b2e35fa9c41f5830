package org.relman.cmdb.app;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.platform.domain.UserRef;

/**
 * Writes checked import rows in bulk, each file in ONE transaction: every row is written or none is. Items are
 * upserted by key, relationships by source, target and type; what changes is recorded in the CIs' history as a
 * single-item change would be. {@code progress} is told the number of rows written so far, now and then.
 */
public interface CmdbBulkWriter {
    /** Ids of the CIs that exist among these keys. */
    Map<String, Long> itemIds(Collection<String> keys);

    ImportCounts writeItems(Iterator<ItemRow> rows, UserRef by, Cause cause, LongConsumer progress);

    ImportCounts writeRelationships(Iterator<RelationshipRow> rows, UserRef by, Cause cause, LongConsumer progress);
}
