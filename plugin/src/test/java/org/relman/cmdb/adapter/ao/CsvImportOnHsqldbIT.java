package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class CsvImportOnHsqldbIT extends CsvImportContract implements OnHsqldb {
}
