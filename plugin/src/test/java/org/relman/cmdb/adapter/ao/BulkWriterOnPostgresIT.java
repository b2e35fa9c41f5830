package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class BulkWriterOnPostgresIT extends BulkWriterContract implements OnPostgres {
}
