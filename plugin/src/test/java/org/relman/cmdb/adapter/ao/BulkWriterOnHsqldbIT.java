package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class BulkWriterOnHsqldbIT extends BulkWriterContract implements OnHsqldb {
}
